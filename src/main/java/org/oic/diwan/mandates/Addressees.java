package org.oic.diwan.mandates;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.oic.diwan.access.Organization;
import org.oic.diwan.access.OrganizationKind;
import org.oic.diwan.reading.Phrases;

/**
 * Who a paragraph may ask to act: every organization by its names and abbreviation, and the
 * groups and other spellings of {@code mandates/addressees.tsv}.
 */
public final class Addressees {

    /** The Secretary General: a person, followed up by the General Secretariat. */
    public static final String SECRETARY_GENERAL = "SG";
    public static final String MEMBER_STATES = "MEMBER-STATES";
    /** Bodies outside the Organization: followed up by the General Secretariat. */
    public static final String EXTERNAL_PREFIX = "EXT-";

    /** Abbreviations too common to name an addressee alone: "OIC Member States" is no request to the Secretariat. */
    private static final Set<String> NOT_ALONE = Set.of("OIC");

    private final Phrases<String> phrases = new Phrases<>();

    private Addressees(Collection<Organization> organizations) {
        // The curated file first: its spellings win where an organization's own name is the same.
        for (DataFile.Entry entry : DataFile.read("addressees.tsv")) {
            for (String name : entry.names()) {
                phrases.add(name, entry.code());
            }
        }
        for (Organization o : organizations) {
            if (o.kind() == OrganizationKind.PUBLIC) {
                continue;
            }
            for (String name : List.of(o.nameEn(), o.nameFr(), o.nameAr(), o.abbreviation())) {
                if (!name.isBlank() && !NOT_ALONE.contains(name)) {
                    phrases.add(name, o.code());
                }
            }
        }
    }

    public static Addressees of(Collection<Organization> organizations) {
        return new Addressees(organizations);
    }

    List<Phrases.Found<String>> in(String text) {
        return phrases.in(text);
    }
}
