package org.oic.diwan.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    private final OriginalsStore originals;

    Registrar(JdbcClient jdbc, TransactionTemplate transactions, Outbox outbox, OriginalsStore originals) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.originals = originals;
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
        UUID sessionId = sessionOf(version);
        UUID documentId = documentOf(version, sessionId);
        // Serializes revisions of one document's language versions across concurrent imports.
        jdbc.sql("select id from document where id = ? for update").param(documentId).query(UUID.class).single();
        int revision = jdbc.sql("select coalesce(max(revision), 0) + 1 from version where document_id = ? and language = ?")
                .params(documentId, version.language().code())
                .query(Integer.class)
                .single();
        UUID versionId = UUID.randomUUID();
        jdbc.sql("""
                insert into version (id, document_id, language, revision, original_sha256, file_name, symbol_printed, text)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(versionId, documentId, version.language().code(), revision, original.sha256(),
                        version.fileName(), version.symbolPrinted(), version.text())
                .update();
        outbox.append(new VersionImported(documentId, versionId, version.language().code(), revision, original.sha256()));
        try {
            promotion[0] = original.promote();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Registration.Registered(documentId, versionId, revision);
    }

    private UUID sessionOf(NewVersion version) {
        if (version.bodyCode() == null || version.sessionOrdinal() == null) {
            return null;
        }
        jdbc.sql("""
                insert into session (id, body_code, ordinal, extraordinary, year) values (?, ?, ?, ?, ?)
                on conflict (body_code, ordinal, extraordinary) do nothing
                """)
                .params(UUID.randomUUID(), version.bodyCode(), version.sessionOrdinal(), version.extraordinarySession(),
                        version.year())
                .update();
        return jdbc.sql("select id from session where body_code = ? and ordinal = ? and extraordinary = ?")
                .params(version.bodyCode(), version.sessionOrdinal(), version.extraordinarySession())
                .query(UUID.class)
                .single();
    }

    private UUID documentOf(NewVersion version, UUID sessionId) {
        UUID id = UUID.randomUUID();
        if (version.symbolKey() == null) {
            insertDocument(id, version, sessionId);
            return id;
        }
        int inserted = jdbc.sql("""
                insert into document (id, symbol_key, symbol, body_code, session_id, year) values (?, ?, ?, ?, ?, ?)
                on conflict (symbol_key) do nothing
                """)
                .params(id, version.symbolKey(), version.symbolPrinted(), version.bodyCode(), sessionId, version.year())
                .update();
        if (inserted == 1) {
            return id;
        }
        return jdbc.sql("select id from document where symbol_key = ?")
                .param(version.symbolKey())
                .query(UUID.class)
                .single();
    }

    private void insertDocument(UUID id, NewVersion version, UUID sessionId) {
        jdbc.sql("insert into document (id, body_code, session_id, year) values (?, ?, ?, ?)")
                .params(id, version.bodyCode(), sessionId, version.year())
                .update();
    }
}
