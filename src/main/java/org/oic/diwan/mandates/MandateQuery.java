package org.oic.diwan.mandates;

/**
 * What a list of mandates is limited to; null means any.
 *
 * @param addressee an addressee's code as read ({@code SG}, {@code MEMBER-STATES}) or a responsible organization ({@code MS-SN})
 * @param status mandates with at least one follow-up in this status
 * @param session the adopting session's ordinal
 * @param overdue only mandates with an overdue follow-up
 */
public record MandateQuery(String addressee, FollowUpStatus status, String body, Integer session, boolean overdue, int limit,
        int offset) {

    public static final int MAX_LIMIT = 500;

    public MandateQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    public static MandateQuery all() {
        return new MandateQuery(null, null, null, null, false, 100, 0);
    }
}
