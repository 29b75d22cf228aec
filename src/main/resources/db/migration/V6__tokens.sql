-- API tokens for member states' and organs' systems: shown once, kept as a SHA-256 hash (they
-- are long random secrets, so a fast hash is enough), scoped, expiring, revocable.
create table api_token (
    id                uuid primary key,
    organization_code text not null references organization (code),
    name              text not null,
    token_hash        char(64) not null unique,
    scopes            text[] not null check (cardinality(scopes) > 0),
    created_by        text not null,
    created_at        timestamptz not null default now(),
    expires_at        timestamptz not null,
    revoked_at        timestamptz
);
