package org.oic.diwan.registry;

import java.util.Set;

/**
 * Which versions a caller may see, as the access policy decided it, in terms every door can
 * translate: the registry into SQL, the search index into a Lucene filter. {@link #admits} is the
 * reference the translations are tested against.
 *
 * @param everything the operator of the data folder: no filter
 * @param restricted the caller belongs to the Organization or a member state: restricted versions too
 * @param organizations confidential versions distributed to these organizations
 * @param person confidential versions distributed to this person (an id), or null
 * @param drafts versions under embargo (drafts) too: their editors
 */
public record Admission(boolean everything, boolean restricted, Set<String> organizations, String person, boolean drafts) {

    public static final Admission PUBLIC = new Admission(false, false, Set.of(), null, false);
    public static final Admission EVERYTHING = new Admission(true, true, Set.of(), null, true);

    public Admission {
        organizations = Set.copyOf(organizations);
    }

    /** Whether a version with these access attributes is admitted. */
    public boolean admits(VersionAccess version) {
        if (everything) {
            return true;
        }
        if (version.embargoed() && !drafts) {
            return false;
        }
        return switch (version.classification()) {
            case PUBLIC -> true;
            case RESTRICTED -> restricted;
            case CONFIDENTIAL -> version.readerOrganizations().stream().anyMatch(organizations::contains)
                    || (person != null && version.readerPersons().contains(person));
        };
    }

    /** What the policy needs to know of a version. */
    public record VersionAccess(Classification classification, boolean embargoed, Set<String> readerOrganizations,
            Set<String> readerPersons) {
        public VersionAccess {
            readerOrganizations = Set.copyOf(readerOrganizations);
            readerPersons = Set.copyOf(readerPersons);
        }
    }
}
