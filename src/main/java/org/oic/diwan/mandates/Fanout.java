package org.oic.diwan.mandates;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oic.diwan.access.Organization;
import org.oic.diwan.access.OrganizationKind;
import org.oic.diwan.access.Organizations;
import org.springframework.stereotype.Component;

/**
 * Who answers for a mandate: one follow-up per responsible organization. A mandate to the member
 * states is followed up by each of them, so that the Secretariat sees which have acted; the
 * Secretary General's, and those to bodies outside the Organization, by the General Secretariat.
 */
@Component
public class Fanout {

    private static final String SECRETARIAT = "GS";

    private final Organizations organizations;

    Fanout(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The organizations answering for each addressee, each organization once (for its first addressee). */
    public Map<String, String> responsible(List<String> addressees) {
        Map<String, String> byOrganization = new LinkedHashMap<>();
        for (String addressee : addressees) {
            for (String organization : organizationsFor(addressee)) {
                byOrganization.putIfAbsent(organization, addressee);
            }
        }
        return byOrganization;
    }

    List<String> organizationsFor(String addressee) {
        return switch (addressee) {
            case Addressees.SECRETARY_GENERAL -> List.of(SECRETARIAT);
            case Addressees.MEMBER_STATES -> ofKinds(EnumSet.of(OrganizationKind.MEMBER_STATE));
            case "SUBSIDIARY-ORGANS" -> ofKinds(EnumSet.of(OrganizationKind.SUBSIDIARY));
            case "SPECIALIZED-INSTITUTIONS" -> ofKinds(EnumSet.of(OrganizationKind.SPECIALIZED));
            case "AFFILIATED-INSTITUTIONS" -> ofKinds(EnumSet.of(OrganizationKind.AFFILIATED));
            case "OIC-INSTITUTIONS" -> ofKinds(EnumSet.of(OrganizationKind.SUBSIDIARY, OrganizationKind.SPECIALIZED,
                    OrganizationKind.AFFILIATED));
            default -> addressee.startsWith(Addressees.EXTERNAL_PREFIX) || organizations.find(addressee).isEmpty()
                    ? List.of(SECRETARIAT) : List.of(addressee);
        };
    }

    private List<String> ofKinds(Set<OrganizationKind> kinds) {
        List<String> codes = new ArrayList<>();
        for (Organization o : organizations.all()) {
            if (kinds.contains(o.kind())) {
                codes.add(o.code());
            }
        }
        return codes;
    }
}
