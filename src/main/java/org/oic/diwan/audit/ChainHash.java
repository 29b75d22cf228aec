package org.oic.diwan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains an entry to the one before: SHA-256 over the previous hash and every
 * field of the entry (its sequence number included, so an entry cannot move), each field
 * length-prefixed so that no two different entries write the same bytes.
 */
final class ChainHash {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    /** Times are kept to the microsecond, as PostgreSQL stores them. */
    static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(AuditEntry e) {
        return of(e.seq(), e.at(), e.actor(), e.organization(), e.action(), e.resource(), e.outcome(), e.address(), e.detailJson(),
                e.previousHash());
    }

    static String of(long seq, Instant at, String actor, String organization, String action, String resource, String outcome,
            String address, String detailJson, String previousHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {previousHash, Long.toString(seq), truncate(at).toString(), actor, organization, action,
                    resource, outcome, address, detailJson}) {
                byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                digest.update((byte) (field == null ? 0 : 1));
                digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
