-- Mandates: what each operative paragraph of a document asks of whom and by when (derived from
-- the current versions, one mandate for all languages), the follow-up of each mandate by each
-- responsible organization, and the updates that follow-up receives (kept: never derived).

create table mandate (
    id               uuid primary key,
    document_id      uuid not null references document (id),
    resolution_index integer not null check (resolution_index >= 0),
    resolution_key   text,
    position         integer not null check (position > 0),
    number           text,
    verb             text,
    strength         text not null check (strength in ('binding', 'exhortation')),
    addressees       text[] not null check (cardinality(addressees) > 0),
    actions          text[] not null,
    due_kind         text check (due_kind in ('session', 'date', 'recurring')),
    due_session      integer,
    due_date         date,
    body_code        text references body (code),
    session_ordinal  integer,
    -- keys of the resolutions its preamble recalls ("Recalling resolution No. 3/48-INF": 48/3)
    recalls          text[] not null default '{}',
    -- the mandate of an earlier session this one repeats (its resolution is recalled, same request)
    previous_id      uuid references mandate (id) on delete set null,
    -- false once a new reading of the document no longer finds it (kept: its follow-ups have history)
    current          boolean not null default true,
    unique (document_id, resolution_index, position)
);
create index mandate_by_session on mandate (body_code, session_ordinal);
create index mandate_by_previous on mandate (previous_id);

-- The paragraph in each language, as the version read.
create table mandate_text (
    mandate_id   uuid not null references mandate (id) on delete cascade,
    language     text not null check (language in ('ar', 'en', 'fr')),
    version_id   uuid not null references version (id),
    text         text not null,
    start_offset integer not null,
    end_offset   integer not null,
    primary key (mandate_id, language)
);

create table follow_up (
    id               uuid primary key,
    mandate_id       uuid not null references mandate (id) on delete cascade,
    organization_code text not null references organization (code),
    -- the addressee as the text names it: SG, MEMBER-STATES, GS-IT ...
    addressee        text not null,
    status           text not null default 'not-started'
                     check (status in ('not-started', 'in-progress', 'done', 'overtaken', 'recurring')),
    focal_point_id   uuid references person (id),
    due_date         date,
    updated_at       timestamptz,
    unique (mandate_id, organization_code)
);
create index follow_up_by_organization on follow_up (organization_code, status);

create table follow_up_update (
    id                  uuid primary key,
    follow_up_id        uuid not null references follow_up (id) on delete cascade,
    at                  timestamptz not null default now(),
    person_id           uuid references person (id),
    actor               text not null,
    status              text not null check (status in ('not-started', 'in-progress', 'done', 'overtaken', 'recurring')),
    note                text not null default '',
    evidence_document_id uuid references document (id),
    evidence_sha256     char(64) references original (sha256),
    evidence_file_name  text
);
create index follow_up_update_by_follow_up on follow_up_update (follow_up_id, at);

-- When a reminder went out, so that one is sent once per follow-up and period.
create table reminder (
    follow_up_id uuid not null references follow_up (id) on delete cascade,
    sent_on      date not null,
    recipient    text not null,
    primary key (follow_up_id, sent_on, recipient)
);

-- Where a follower of the outbox stands (the mandates' deriver); the search index keeps its own.
create table outbox_follower (
    name     text primary key,
    position bigint not null
);

-- The language a person reads Diwan's e-mails in.
alter table person add column language text not null default 'en' check (language in ('ar', 'en', 'fr'));
