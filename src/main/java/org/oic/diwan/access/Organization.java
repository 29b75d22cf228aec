package org.oic.diwan.access;

/** An organization people belong to, with its names in the three languages. */
public record Organization(String code, OrganizationKind kind, String parent, String nameEn, String nameFr, String nameAr,
        String abbreviation) {}
