package org.oic.diwan.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Verifies the audit trail: every entry's hash over its fields and the previous hash, the
 * sequence without gaps, and every signed checkpoint (in the database and in the log beside the
 * key) against the chain. Says which entry is wrong and how.
 */
@Service
public class TrailVerifier {

    /** What is wrong, where. */
    public record Problem(long seq, Kind kind, String message) {}

    public enum Kind {
        /** An entry's fields do not match its hash. */
        ALTERED,
        /** Entries are missing from the sequence, or from the end. */
        DELETED,
        /** An entry was written outside Diwan. */
        INSERTED,
        /** An entry is intact but stands at another place than where it was written. */
        MOVED,
        /** A checkpoint is unsigned, or does not match the chain. */
        CHECKPOINT
    }

    /** The verdict: how many entries were read, the last signed checkpoint, and the problems. */
    public record Report(long entries, long lastSeq, Long lastCheckpoint, List<Problem> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private final AuditTrail trail;
    private final Checkpoints checkpoints;

    TrailVerifier(AuditTrail trail, Checkpoints checkpoints) {
        this.trail = trail;
        this.checkpoints = checkpoints;
    }

    public Report verify() {
        List<AuditEntry> entries = new ArrayList<>();
        trail.forEach(1, entries::add);
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> seqOfHash = new HashMap<>();
        for (AuditEntry e : entries) {
            seqOfHash.putIfAbsent(e.hash(), e.seq());
        }
        long expected = 1;
        String previousHash = ChainHash.GENESIS;
        Map<Long, String> chain = new HashMap<>();
        boolean previousFlagged = false;
        for (AuditEntry e : entries) {
            boolean gap = e.seq() > expected;
            if (gap) {
                problems.add(new Problem(expected, Kind.DELETED, e.seq() == expected + 1
                        ? "entry %d is missing: deleted".formatted(expected)
                        : "entries %d to %d are missing: deleted".formatted(expected, e.seq() - 1)));
            }
            chain.put(e.seq(), e.hash());
            boolean intact = ChainHash.of(e).equals(e.hash());
            if (!intact) {
                long writtenAs = writtenAs(e);
                if (writtenAs > 0) {
                    problems.add(new Problem(e.seq(), Kind.MOVED,
                            "entry %d holds the entry written as %d: reordered, or shifted by an entry inserted or removed"
                                    .formatted(e.seq(), writtenAs)));
                    if (writtenAs == e.seq() - 1 && chain.containsKey(writtenAs)
                            && problems.stream().noneMatch(p -> p.seq() == writtenAs)) {
                        problems.add(new Problem(writtenAs, Kind.INSERTED,
                                "entry %d was inserted: the entries after it were moved up to make room".formatted(writtenAs)));
                    }
                } else {
                    problems.add(new Problem(e.seq(), Kind.ALTERED,
                            "entry %d was modified: its fields do not match its hash".formatted(e.seq())));
                }
            } else if (!previousFlagged && !gap && !e.previousHash().equals(previousHash)) {
                Long follows = seqOfHash.get(e.previousHash());
                problems.add(follows != null && follows != e.seq() - 1
                        ? new Problem(e.seq(), Kind.MOVED, "entry %d was written after entry %d, not after %d: reordered"
                                .formatted(e.seq(), follows, e.seq() - 1))
                        : new Problem(e.seq(), Kind.INSERTED,
                                "entry %d was inserted: it does not continue the chain of the entries before it".formatted(e.seq())));
            }
            previousHash = e.hash();
            expected = e.seq() + 1;
            long current = e.seq();
            previousFlagged = problems.stream().anyMatch(p -> p.seq() == current);
        }
        long lastSeq = entries.isEmpty() ? 0 : entries.getLast().seq();
        Long lastCheckpoint = checkCheckpoints(chain, lastSeq, problems);
        problems.sort(java.util.Comparator.comparingLong(Problem::seq));
        return new Report(entries.size(), lastSeq, lastCheckpoint, List.copyOf(problems));
    }

    private Long checkCheckpoints(Map<Long, String> chain, long lastSeq, List<Problem> problems) {
        TreeMap<Long, Checkpoints.Checkpoint> all = new TreeMap<>();
        checkpoints.inLog().forEach(c -> all.put(c.seq(), c));
        List<Checkpoints.Checkpoint> stored = checkpoints.inDatabase();
        for (Checkpoints.Checkpoint c : stored) {
            Checkpoints.Checkpoint logged = all.get(c.seq());
            if (logged != null && !logged.hash().equals(c.hash())) {
                problems.add(new Problem(c.seq(), Kind.CHECKPOINT,
                        "the checkpoint at entry %d differs between the database and the log beside the key".formatted(c.seq())));
            }
            all.putIfAbsent(c.seq(), c);
        }
        Long previous = 0L;
        Long last = null;
        for (Checkpoints.Checkpoint c : all.values()) {
            if (!checkpoints.signatureHolds(c)) {
                problems.add(new Problem(c.seq(), Kind.CHECKPOINT,
                        "the checkpoint at entry %d is not signed by the audit key".formatted(c.seq())));
            } else if (c.seq() > lastSeq) {
                problems.add(new Problem(lastSeq + 1, Kind.DELETED,
                        "entries %d to %d, signed at %s, are missing: deleted from the end".formatted(lastSeq + 1, c.seq(), c.signedAt())));
            } else if (!c.hash().equals(chain.get(c.seq()))) {
                problems.add(new Problem(c.seq(), Kind.CHECKPOINT,
                        "the trail from entry %d to entry %d is not what was signed at %s: rewritten"
                                .formatted(previous + 1, c.seq(), c.signedAt())));
            }
            previous = c.seq();
            last = c.seq();
        }
        return last;
    }

    /** How far an intact entry may have been moved and still be recognized where it stands. */
    private static final int MOVE_WINDOW = 64;

    /**
     * The place an entry was written at, when its fields hash right there and it stands elsewhere;
     * else -1 (its fields were changed).
     */
    private static long writtenAs(AuditEntry e) {
        for (int distance = 1; distance <= MOVE_WINDOW; distance++) {
            for (long candidate : new long[] {e.seq() - distance, e.seq() + distance}) {
                if (candidate > 0 && ChainHash.of(withSeq(e, candidate)).equals(e.hash())) {
                    return candidate;
                }
            }
        }
        return -1;
    }

    private static AuditEntry withSeq(AuditEntry e, long seq) {
        return new AuditEntry(seq, e.at(), e.actor(), e.organization(), e.action(), e.resource(), e.outcome(), e.address(),
                e.detailJson(), e.previousHash(), e.hash());
    }
}
