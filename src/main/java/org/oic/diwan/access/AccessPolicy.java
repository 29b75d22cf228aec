package org.oic.diwan.access;

import java.util.HashSet;
import java.util.Set;
import org.oic.diwan.registry.Admission;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a subject may do an action, to a version or at all. Every
 * door asks it: routes through {@link RoutePolicies}, documents and originals per version, lists
 * and searches through the {@link Admission} it gives. Deny by default: an action this class does
 * not name is refused.
 */
@Component
public class AccessPolicy {

    private final Organizations organizations;

    AccessPolicy(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Whether the subject may do an action that concerns no particular version. */
    public Decision decide(Subject subject, Action action) {
        if (subject.kind() == Subject.Kind.OPERATOR) {
            return Decision.permit("the operator of the data folder");
        }
        return switch (action) {
            case VIEW_PUBLIC_PAGE, LIST_DOCUMENTS -> Decision.permit("open to all; results filtered");
            case READ_DOCUMENT, DOWNLOAD_ORIGINAL -> Decision.permit("decided per version");
            case READ_MANDATES -> Decision.permit("results filtered by distribution");
            case UPDATE_FOLLOW_UP -> subject.has(Role.FOCAL_POINT) || subject.has(Role.EDITOR) && secretariat(subject)
                    ? Decision.permit("focal point, or an editor of the Secretariat")
                    : Decision.deny("needs the role focal-point, or editor in the Secretariat");
            case IMPORT -> role(subject, Role.REGISTRY_CLERK);
            case EDIT -> role(subject, Role.EDITOR);
            case PUBLISH -> role(subject, Role.PUBLISHER);
            case MANAGE_ACCOUNTS -> role(subject, Role.ADMINISTRATOR);
            case MANAGE_OWN_ACCOUNT -> subject.kind() == Subject.Kind.PERSON ? Decision.permit("a person's own account")
                    : Decision.deny("only a person has an account of their own");
            case READ_AUDIT -> role(subject, Role.AUDITOR);
            case MONITOR -> Decision.permit("health carries no document");
        };
    }

    /** Whether the subject may read (or download the original of) a version with these attributes. */
    public Decision decide(Subject subject, Action action, Admission.VersionAccess version) {
        Decision general = decide(subject, action);
        if (!general.permitted()) {
            return general;
        }
        if (action != Action.READ_DOCUMENT && action != Action.DOWNLOAD_ORIGINAL) {
            return general;
        }
        return admission(subject).admits(version) ? Decision.permit("distribution admits the subject")
                : Decision.deny("not distributed to the subject");
    }

    /**
     * Whether the subject may report on the follow-up of a mandate by an organization: a focal
     * point answers for the organization it belongs to and those under it (a member state's focal
     * point for that state, a department's for the department); an editor of the Secretariat
     * records the progress of anyone, as letters from member states reach it.
     */
    public Decision decideFollowUp(Subject subject, String organization) {
        Decision general = decide(subject, Action.UPDATE_FOLLOW_UP);
        if (!general.permitted() || subject.kind() == Subject.Kind.OPERATOR) {
            return general;
        }
        if (subject.has(Role.EDITOR) && secretariat(subject)) {
            return Decision.permit("an editor of the Secretariat");
        }
        String code = organization;
        while (code != null && !code.isBlank()) {
            if (code.equals(subject.organization())) {
                return Decision.permit("focal point of " + subject.organization());
            }
            code = organizations.find(code).map(Organization::parent).orElse(null);
        }
        return Decision.deny("a focal point of " + organization + " only");
    }

    private boolean secretariat(Subject subject) {
        String code = subject.organization();
        while (code != null && !code.isBlank()) {
            if (organizations.find(code).map(o -> o.kind() == OrganizationKind.SECRETARIAT).orElse(false)) {
                return true;
            }
            code = organizations.find(code).map(Organization::parent).orElse(null);
        }
        return false;
    }

    /** What the subject may see, for the doors that filter many versions at once. */
    public Admission admission(Subject subject) {
        return switch (subject.kind()) {
            case OPERATOR -> Admission.EVERYTHING;
            case PUBLIC -> Admission.PUBLIC;
            case PERSON, TOKEN -> {
                Set<String> orgs = new HashSet<>();
                String code = subject.organization();
                while (code != null && orgs.add(code)) {
                    // a department reads what is distributed to the General Secretariat it belongs to
                    code = organizations.find(code).map(Organization::parent).filter(p -> !p.isBlank()).orElse(null);
                }
                boolean drafts = subject.has(Role.EDITOR) || subject.has(Role.PUBLISHER);
                yield new Admission(false, subject.organizationKind().readsRestricted(), orgs,
                        subject.kind() == Subject.Kind.PERSON ? subject.id() : null, drafts);
            }
        };
    }

    private static Decision role(Subject subject, Role role) {
        return subject.has(role) ? Decision.permit("role " + role.code()) : Decision.deny("needs the role " + role.code());
    }
}
