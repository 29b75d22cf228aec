package org.oic.diwan.mandates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One responsible organization's follow-up of one mandate, with its updates, latest first.
 *
 * @param addressee the addressee as the text names it ({@code MEMBER-STATES} for a state's follow-up)
 */
public record FollowUp(UUID id, UUID mandateId, String organization, String organizationName, String addressee,
        FollowUpStatus status, LocalDate dueDate, boolean overdue, OffsetDateTime updatedAt, List<Update> updates) {

    /**
     * What someone reported: the status it moved to, a note, and the evidence (a document of the
     * registry, or a file kept in the originals store).
     */
    public record Update(UUID id, OffsetDateTime at, String actor, FollowUpStatus status, String note, UUID evidenceDocument,
            String evidenceSymbol, String evidenceSha256, String evidenceFileName) {}
}
