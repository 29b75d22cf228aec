package org.oic.diwan.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oic.diwan.database.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers language versions: their original, their document (found by symbol or created),
 * their session, and the {@link VersionImported} event, in one transaction.
 *
 * <p>The original is linked into the store inside the transaction, before the commit; see
 * {@link OriginalsStore} for why a crash at any point leaves neither an unregistered original
 * nor a registration without its original.
 */
@Service
public class Registrar {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final org.oic.diwan.audit.AuditTrail audit;
    private final OriginalsStore originals;
    private final Structures structures;

    Registrar(JdbcClient jdbc, TransactionTemplate transactions, Outbox outbox, OriginalsStore originals,
            Structures structures, org.oic.diwan.audit.AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.originals = originals;
        this.structures = structures;
    }

    /** Registers a version, or reports that its original was registered before. */
    public Registration register(NewVersion version) throws IOException {
        Promotion[] promotion = {null};
        try {
            Registration registration = transactions.execute(status -> registerInTransaction(version, promotion));
            if (promotion[0] != null) {
                promotion[0].registered();
            }
            return registration;
        } catch (RuntimeException e) {
            if (promotion[0] == null) {
                throw unwrapped(e);
            }
            // The commit may have landed even though we saw it fail (the connection dropped during
            // COMMIT): the database, asked under the original's lock, decides what stays.
            promotion[0].abandoned(this::removeIfUnregistered);
            Optional<RegisteredOriginal> landed = registeredOriginal(version.original().sha256());
            if (landed.isPresent()) {
                RegisteredOriginal original = landed.get();
                return new Registration.Registered(original.documentId(), original.versionId(), original.revision());
            }
            throw unwrapped(e);
        }
    }

    /** Removes what dead importers left in the originals store; see {@link OriginalsStore#sweep}. */
    public int sweepOriginals() {
        return originals.sweep(this::removeIfUnregistered);
    }

    /**
     * Runs {@code remove} unless the original is registered, holding the lock that every
     * registration of this original takes before it inserts it, so no commit can land meanwhile.
     */
    private void removeIfUnregistered(String sha256, OriginalsStore.FileAction remove) {
        transactions.executeWithoutResult(status -> {
            lockOriginal(sha256);
            if (!isRegistered(sha256)) {
                try {
                    remove.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private void lockOriginal(String sha256) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(Long.parseUnsignedLong(sha256.substring(0, 16), 16))
                .query()
                .listOfRows();
    }

    private static RuntimeException unwrapped(RuntimeException e) throws IOException {
        if (e instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        return e;
    }

    /** Adds a body to the registry unless it is there already; existing names are kept. */
    public void registerBody(String code, String nameEn, String nameFr, String nameAr) {
        jdbc.sql("insert into body (code, name_en, name_fr, name_ar) values (?, ?, ?, ?) on conflict (code) do nothing")
                .params(code, nameEn, nameFr, nameAr)
                .update();
    }

    /**
     * Replaces what was read from a version by what a newer reader reads: its resolutions,
     * paragraphs and extraction verdict. The text and the original never change.
     */
    public void reread(UUID versionId, VersionStructure structure) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from paragraph where version_id = ?").param(versionId).update();
            jdbc.sql("delete from resolution where version_id = ?").param(versionId).update();
            structures.store(versionId, structure);
            jdbc.sql("update version set extraction_suspect = ?, suspect_reason = ?, read_edition = ? where id = ?")
                    .params(structure.suspectReason() != null, structure.suspectReason(), structure.edition(), versionId)
                    .update();
            UUID documentId = jdbc.sql("select document_id from version where id = ?").param(versionId).query(UUID.class).single();
            outbox.append(new VersionReread(documentId, versionId, structure.edition()));
        });
    }

    /**
     * Sets who may read a version: its classification, its embargo, and for a confidential one the
     * organizations and persons it is distributed to (replacing any earlier distribution).
     */
    public void distribute(UUID versionId, Classification classification, boolean embargoed, java.util.Set<String> organizations,
            java.util.Set<UUID> persons, String changedBy) {
        transactions.executeWithoutResult(status -> {
            UUID documentId = jdbc.sql("select document_id from version where id = ? for update").param(versionId)
                    .query(UUID.class).optional()
                    .orElseThrow(() -> new IllegalArgumentException("no version " + versionId));
            jdbc.sql("update version set classification = ?, embargoed = ? where id = ?")
                    .params(classification.code(), embargoed, versionId).update();
            jdbc.sql("delete from version_reader where version_id = ?").param(versionId).update();
            for (String organization : organizations) {
                jdbc.sql("insert into version_reader (version_id, organization_code) values (?, ?)").params(versionId, organization).update();
            }
            for (UUID person : persons) {
                jdbc.sql("insert into version_reader (version_id, person_id) values (?, ?)").params(versionId, person).update();
            }
            outbox.append(new VersionDistributed(documentId, versionId, classification.code(), embargoed));
            audit.record(new org.oic.diwan.audit.AuditEvent(changedBy, null, "version.distribute", "version/" + versionId, "ok", null,
                    java.util.Map.of("classification", classification.code(), "embargoed", embargoed,
                            "organizations", String.join(",", new java.util.TreeSet<>(organizations)),
                            "persons", String.join(",", persons.stream().map(UUID::toString).sorted().toList()))));
        });
    }

    /** Whether an original with this SHA-256 is registered. */
    public boolean isRegistered(String sha256) {
        return jdbc.sql("select exists (select 1 from original where sha256 = ?)")
                .param(sha256)
                .query(Boolean.class)
                .single();
    }

    /** The version that has this original, if the original is registered. */
    public Optional<RegisteredOriginal> registeredOriginal(String sha256) {
        return jdbc.sql("select document_id, id, language, revision, symbol_printed from version where original_sha256 = ?")
                .param(sha256)
                .query((rs, n) -> new RegisteredOriginal(rs.getObject("document_id", UUID.class),
                        rs.getObject("id", UUID.class), rs.getString("language"), rs.getInt("revision"),
                        rs.getString("symbol_printed")))
                .optional();
    }

    private Registration registerInTransaction(NewVersion version, Promotion[] promotion) {
        StagedOriginal original = version.original();
        lockOriginal(original.sha256());
        int inserted = jdbc.sql("insert into original (sha256, size_bytes, media_type) values (?, ?, ?) on conflict do nothing")
                .params(original.sha256(), original.size(), version.mediaType())
                .update();
        if (inserted == 0) {
            return new Registration.AlreadyRegistered(registeredOriginal(original.sha256()).orElseThrow());
        }
        String body = knownBody(version.bodyCode());
        UUID sessionId = sessionOf(version, body);
        UUID documentId = documentOf(version, body, sessionId);
        // Serializes revisions of one document's language versions across concurrent imports.
        jdbc.sql("select id from document where id = ? for update").param(documentId).query(UUID.class).single();
        int revision = jdbc.sql("select coalesce(max(revision), 0) + 1 from version where document_id = ? and language = ?")
                .params(documentId, version.language().code())
                .query(Integer.class)
                .single();
        UUID versionId = UUID.randomUUID();
        VersionStructure structure = version.structure();
        jdbc.sql("""
                insert into version (id, document_id, language, revision, original_sha256, file_name, symbol_printed, text,
                                     extraction_suspect, suspect_reason, read_edition, classification)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(versionId, documentId, version.language().code(), revision, original.sha256(),
                        version.fileName(), version.symbolPrinted(), version.text(),
                        structure.suspectReason() != null, structure.suspectReason(), structure.edition(),
                        version.classification().code())
                .update();
        structures.store(versionId, structure);
        describe(documentId, sessionId, structure);
        outbox.append(new VersionImported(documentId, versionId, version.language().code(), revision, original.sha256()));
        // the write and its audit entry commit together, or neither does
        audit.record(new org.oic.diwan.audit.AuditEvent(version.importedBy(), null, "version.import", "version/" + versionId, "ok", null,
                java.util.Map.of("document", documentId.toString(), "language", version.language().code(), "revision", revision,
                        "sha256", original.sha256(), "classification", version.classification().code())));
        try {
            promotion[0] = original.promote();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Registration.Registered(documentId, versionId, revision);
    }

    /** What reading found completes the document and its session where they were blank; nothing set is overwritten. */
    private void describe(UUID documentId, UUID sessionId, VersionStructure structure) {
        jdbc.sql("""
                update document set kind = case when kind = 'unknown' then ? else kind end,
                                    link_key = coalesce(link_key, ?)
                where id = ?
                """)
                .params(structure.kind(), structure.linkKey(), documentId)
                .update();
        if (sessionId != null) {
            jdbc.sql("""
                    update session set place = coalesce(place, ?), starts_on = coalesce(starts_on, ?),
                        ends_on = coalesce(ends_on, ?), hijri_starts_on = coalesce(hijri_starts_on, ?),
                        hijri_ends_on = coalesce(hijri_ends_on, ?)
                    where id = ?
                    """)
                    .params(structure.place(), structure.startsOn(), structure.endsOn(), structure.hijriStartsOn(),
                            structure.hijriEndsOn(), sessionId)
                    .update();
        }
    }

    /** The body code if the registry knows it (a reader may name a body no migration has added yet). */
    private String knownBody(String code) {
        if (code == null) {
            return null;
        }
        return jdbc.sql("select code from body where code = ?").param(code).query(String.class).optional().orElse(null);
    }

    private UUID sessionOf(NewVersion version, String body) {
        if (body == null || version.sessionOrdinal() == null) {
            return null;
        }
        jdbc.sql("""
                insert into session (id, body_code, ordinal, extraordinary, year) values (?, ?, ?, ?, ?)
                on conflict (body_code, ordinal, extraordinary) do nothing
                """)
                .params(UUID.randomUUID(), body, version.sessionOrdinal(), version.extraordinarySession(), version.year())
                .update();
        return jdbc.sql("select id from session where body_code = ? and ordinal = ? and extraordinary = ?")
                .params(body, version.sessionOrdinal(), version.extraordinarySession())
                .query(UUID.class)
                .single();
    }

    private UUID documentOf(NewVersion version, String body, UUID sessionId) {
        UUID id = UUID.randomUUID();
        if (version.symbolKey() == null) {
            // No symbol: join the one document that the body, session and resolution numbers point to.
            String linkKey = version.structure().linkKey();
            if (linkKey != null) {
                List<UUID> linked = jdbc.sql("select id from document where link_key = ? limit 2")
                        .param(linkKey).query(UUID.class).list();
                if (linked.size() == 1) {
                    return linked.get(0);
                }
            }
            insertDocument(id, version, body, sessionId);
            return id;
        }
        Optional<UUID> adopted = adoptSymbolless(version);
        if (adopted.isPresent()) {
            return adopted.get();
        }
        int inserted = jdbc.sql("""
                insert into document (id, symbol_key, symbol, body_code, session_id, year) values (?, ?, ?, ?, ?, ?)
                on conflict (symbol_key) do nothing
                """)
                .params(id, version.symbolKey(), version.symbolPrinted(), body, sessionId, version.year())
                .update();
        if (inserted == 1) {
            return id;
        }
        return jdbc.sql("select id from document where symbol_key = ?")
                .param(version.symbolKey())
                .query(UUID.class)
                .single();
    }

    /**
     * A version with a symbol whose document was registered from versions that print none (linked
     * by body, session and resolution numbers): that document takes the symbol.
     */
    private Optional<UUID> adoptSymbolless(NewVersion version) {
        String linkKey = version.structure().linkKey();
        if (linkKey == null) {
            return Optional.empty();
        }
        boolean known = jdbc.sql("select exists (select 1 from document where symbol_key = ?)")
                .param(version.symbolKey()).query(Boolean.class).single();
        if (known) {
            return Optional.empty();
        }
        List<UUID> linked = jdbc.sql("select id from document where link_key = ? and symbol_key is null limit 2")
                .param(linkKey).query(UUID.class).list();
        if (linked.size() != 1) {
            return Optional.empty();
        }
        jdbc.sql("update document set symbol_key = ?, symbol = ? where id = ?")
                .params(version.symbolKey(), version.symbolPrinted(), linked.get(0))
                .update();
        return Optional.of(linked.get(0));
    }

    private void insertDocument(UUID id, NewVersion version, String body, UUID sessionId) {
        jdbc.sql("insert into document (id, body_code, session_id, year) values (?, ?, ?, ?)")
                .params(id, body, sessionId, version.year())
                .update();
    }
}
