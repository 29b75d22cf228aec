package org.oic.diwan.audit;

import java.time.Instant;

/** An entry of the trail as stored: its place in the chain, the event, and the hashes that chain it. */
public record AuditEntry(long seq, Instant at, String actor, String organization, String action, String resource, String outcome,
        String address, String detailJson, String previousHash, String hash) {

    /** The first line of a CSV export. */
    public static final String CSV_HEADER = "seq,at,actor,organization,action,resource,outcome,address,detail,previous_hash,hash";

    /** The entry as a CSV line (RFC 4180), with no cell a spreadsheet would take for a formula. */
    public String csv() {
        return String.join(",", Long.toString(seq), at.toString(), cell(actor), cell(organization), cell(action), cell(resource),
                cell(outcome), cell(address), cell(detailJson), previousHash, hash);
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
