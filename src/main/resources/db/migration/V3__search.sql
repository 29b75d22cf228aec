-- Search follows the outbox; access decides who sees each version.

-- Followers read the outbox in the order transactions finish, not in the order ids were drawn:
-- an event whose transaction is older than every running one can no longer be overtaken.
alter table outbox add column xid xid8 not null default pg_current_xact_id();
create index outbox_by_xid on outbox (xid);

-- Who may see a version. New imports are restricted unless said otherwise: nothing becomes
-- public by accident. Versions registered before this column existed are restricted too.
alter table version add column classification text not null default 'restricted'
    check (classification in ('public', 'restricted', 'confidential'));
