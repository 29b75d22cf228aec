package org.oic.diwan.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oic.diwan.DataFolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints: "the trail reached entry N with hash H", signed with the key kept outside
 * the database, written both to the database and to a log file beside the key. Entries up to a
 * checkpoint cannot be rewritten, and the trail cannot be cut short of it, without the verifier
 * noticing.
 */
@Component
public class Checkpoints {

    /** A checkpoint: what it states and its signature. */
    public record Checkpoint(long seq, String hash, Instant signedAt, String signature) {
        String statement() {
            return "diwan-audit " + seq + " " + hash + " " + signedAt;
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final SigningKey key;
    private final Path log;

    Checkpoints(JdbcClient jdbc, AuditTrail trail, DataFolder dataFolder, @Value("${diwan.audit.keys:}") String keys) {
        this.jdbc = jdbc;
        this.trail = trail;
        Path folder = keys == null || keys.isBlank() ? dataFolder.root().resolve("keys") : Path.of(keys);
        this.key = new SigningKey(folder);
        this.log = folder.resolve("audit-checkpoints.log");
    }

    /** Signs the trail's current end, unless it is signed already; returns the checkpoint if one was made. */
    public synchronized Optional<Checkpoint> sign() {
        Optional<AuditTrail.Last> head = trail.head();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> signed = jdbc.sql("select max(seq) from audit.checkpoint").query(Long.class).optional();
        if (signed.isPresent() && signed.get() >= head.get().seq()) {
            return Optional.empty();
        }
        Instant at = ChainHash.truncate(Instant.now());
        Checkpoint unsigned = new Checkpoint(head.get().seq(), head.get().hash(), at, null);
        Checkpoint checkpoint = new Checkpoint(unsigned.seq(), unsigned.hash(), at, key.sign(unsigned.statement()));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "%d %s %s %s%n".formatted(checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt(),
                    checkpoint.signature()), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit checkpoint log " + log, e);
        }
        jdbc.sql("insert into audit.checkpoint (seq, hash, signed_at, signature) values (?, ?, ?, ?) on conflict (seq) do nothing")
                .params(checkpoint.seq(), checkpoint.hash(), java.sql.Timestamp.from(at), checkpoint.signature())
                .update();
        return Optional.of(checkpoint);
    }

    /** The checkpoints the database holds. */
    List<Checkpoint> inDatabase() {
        return jdbc.sql("select seq, hash, signed_at, signature from audit.checkpoint order by seq")
                .query((rs, n) -> new Checkpoint(rs.getLong("seq"), rs.getString("hash"), rs.getTimestamp("signed_at").toInstant(),
                        rs.getString("signature")))
                .list();
    }

    /** The checkpoints the log file beside the key holds. */
    List<Checkpoint> inLog() {
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!Files.isRegularFile(log)) {
            return checkpoints;
        }
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 4) {
                    checkpoints.add(new Checkpoint(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]), parts[3]));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the audit checkpoint log " + log + " cannot be read: " + e.getMessage(), e);
        }
        return checkpoints;
    }

    boolean signatureHolds(Checkpoint checkpoint) {
        return key.exists() && key.verify(checkpoint.statement(), checkpoint.signature());
    }
}
