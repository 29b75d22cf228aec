package org.oic.diwan.audit;

import java.time.Instant;

/** An entry of the trail as stored: its place in the chain, the event, and the hashes that chain it. */
public record AuditEntry(long seq, Instant at, String actor, String organization, String action, String resource, String outcome,
        String address, String detailJson, String previousHash, String hash) {}
