package org.oic.diwan.access;

/** What an organization is to the OIC. */
public enum OrganizationKind {
    SECRETARIAT,
    DEPARTMENT,
    OFFICE,
    MEMBER_STATE,
    OBSERVER_STATE,
    ORGAN,
    COMMITTEE,
    SUBSIDIARY,
    SPECIALIZED,
    AFFILIATED,
    PUBLIC;

    /**
     * Whether its people read restricted documents: the Organization (its Secretariat, offices,
     * organs and institutions) and its member states; not observers, not the public.
     */
    public boolean readsRestricted() {
        return this != PUBLIC && this != OBSERVER_STATE;
    }
}
