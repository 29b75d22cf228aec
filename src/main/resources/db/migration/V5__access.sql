-- Access: organizations, people and their roles, distribution and embargo of versions.

-- Loaded from access/organizations.tsv (or the administrator's copy) at every start.
create table organization (
    code         text primary key,
    kind         text not null,
    parent       text,
    name_en      text not null,
    name_fr      text not null,
    name_ar      text not null,
    abbreviation text
);

create table person (
    id                uuid primary key,
    username          text not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
    display_name      text not null,
    email             text,
    organization_code text not null references organization (code),
    roles             text[] not null default '{}',
    -- Argon2id; null: cannot sign in with a password (e.g. signs in through the identity provider)
    password_hash     text,
    -- a password given by someone else (the first administrator's, the demo's) must be changed
    password_temporary boolean not null default false,
    totp_secret       text,
    enabled           boolean not null default true,
    created_at        timestamptz not null default now()
);

-- A draft until published: visible to its editors only.
alter table version add column embargoed boolean not null default false;

-- Who may read a confidential version: named organizations and persons.
create table version_reader (
    version_id        uuid not null references version (id) on delete cascade,
    organization_code text references organization (code),
    person_id         uuid references person (id),
    check ((organization_code is null) <> (person_id is null))
);
create index version_reader_by_version on version_reader (version_id);
