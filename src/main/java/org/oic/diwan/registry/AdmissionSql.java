package org.oic.diwan.registry;

import java.util.Map;
import java.util.UUID;

/**
 * {@link Admission} as an SQL condition on a version (alias {@code v}), with named parameters:
 * the same rule as {@link Admission#admits}, which the access tests compare it with.
 */
public final class AdmissionSql {

    public static final String CONDITION = """
            (:adm_everything or ((not v.embargoed or :adm_drafts) and (
                 v.classification = 'public'
              or (v.classification = 'restricted' and :adm_restricted)
              or (v.classification = 'confidential' and exists (
                     select 1 from version_reader r where r.version_id = v.id
                     and (r.organization_code = any(:adm_orgs) or r.person_id = cast(:adm_person as uuid)))))))
            """;

    private AdmissionSql() {}

    public static Map<String, Object> parameters(Admission admission) {
        UUID person = null;
        if (admission.person() != null) {
            try {
                person = UUID.fromString(admission.person());
            } catch (IllegalArgumentException e) {
                person = null;
            }
        }
        return Map.of(
                "adm_everything", admission.everything(),
                "adm_drafts", admission.drafts(),
                "adm_restricted", admission.restricted(),
                "adm_orgs", admission.organizations().toArray(String[]::new),
                "adm_person", person == null ? "00000000-0000-0000-0000-000000000000" : person.toString());
    }
}
