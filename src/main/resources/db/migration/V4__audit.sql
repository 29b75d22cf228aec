-- The audit trail: append-only, each entry chained to the one before by a hash.
--
-- On the embedded PostgreSQL this script first runs as the superuser, before the application's
-- migrations (see EmbeddedPostgresServer): the trail then belongs to the superuser, and the
-- application's role is granted SELECT and INSERT only, so it cannot update, delete or alter
-- what it wrote. Run again by the application it changes nothing. On an external PostgreSQL,
-- run it first as an administrator to get the same protection; otherwise the application owns
-- the trail and only the triggers below, and `./diwan audit verify`, stand guard.

do $$
begin
    if not exists (select 1 from pg_namespace where nspname = 'audit') then
        create schema audit;
    end if;
    -- Only the trail's owner builds it and its guards: when the superuser made it first, the
    -- application (which then may only read and append) has nothing to do here.
    if (select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'audit') <> current_user then
        return;
    end if;

    create table if not exists audit.entry (
        seq           bigint primary key check (seq > 0),
        at            timestamptz not null,
        actor         text not null,
        organization  text,
        action        text not null,
        resource      text,
        outcome       text not null,
        address       text,
        -- JSON, kept as text: exactly the bytes that were hashed
        detail        text not null default '{}',
        -- SHA-256 (hex) of the previous entry, and of this one's fields together with it
        previous_hash char(64) not null,
        hash          char(64) not null
    );
    create index if not exists entry_by_time on audit.entry (at);
    create index if not exists entry_by_actor on audit.entry (actor, seq);

    -- Signed statements that the trail reached (seq, hash): an Ed25519 signature by a key kept in
    -- the data folder, outside the database, so that a rewritten trail cannot be signed again.
    create table if not exists audit.checkpoint (
        seq       bigint primary key,
        hash      char(64) not null,
        signed_at timestamptz not null,
        signature text not null
    );

    create or replace function audit.refuse_change() returns trigger language plpgsql as $f$
    begin
        raise exception 'the audit trail is append-only: % refused', tg_op using errcode = '42501';
    end
    $f$;
    create or replace trigger entry_append_only before update or delete on audit.entry
        for each row execute function audit.refuse_change();
    create or replace trigger entry_no_truncate before truncate on audit.entry
        for each statement execute function audit.refuse_change();
    create or replace trigger checkpoint_append_only before update or delete on audit.checkpoint
        for each row execute function audit.refuse_change();
end
$$;
