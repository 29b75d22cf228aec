-- The registry: bodies meet in sessions; a session issues documents; a document has one
-- version per language (and a new revision when a corrected file arrives); each version keeps
-- the SHA-256 of its original, whose bytes live in the originals store.

create table body (
    code            text primary key,
    name_en         text not null,
    name_fr         text not null,
    name_ar         text not null,
    abbreviation_en text,
    abbreviation_fr text,
    abbreviation_ar text
);

insert into body (code, name_en, name_fr, name_ar, abbreviation_en, abbreviation_fr, abbreviation_ar) values
    ('CFM', 'Council of Foreign Ministers', 'Conseil des ministres des affaires étrangères', 'مجلس وزراء الخارجية', 'CFM', 'CMAE', null),
    ('SUMMIT', 'Islamic Summit', 'Sommet islamique', 'مؤتمر القمة الإسلامي', null, null, null),
    ('COMCEC', 'Standing Committee for Economic and Commercial Cooperation', 'Comité permanent pour la coopération économique et commerciale', 'اللجنة الدائمة للتعاون الاقتصادي والتجاري', 'COMCEC', 'COMCEC', 'الكومسيك'),
    ('COMIAC', 'Standing Committee for Information and Cultural Affairs', 'Comité permanent de l''information et des affaires culturelles', 'اللجنة الدائمة للإعلام والشؤون الثقافية', 'COMIAC', 'COMIAC', 'كومياك'),
    ('COMSTECH', 'Standing Committee on Scientific and Technological Cooperation', 'Comité permanent pour la coopération scientifique et technologique', 'اللجنة الدائمة للتعاون العلمي والتكنولوجي', 'COMSTECH', 'COMSTECH', 'كومستيك'),
    ('ICIM', 'Islamic Conference of Information Ministers', 'Conférence islamique des ministres de l''information', 'المؤتمر الإسلامي لوزراء الإعلام', 'ICIM', 'CIMI', null);

create table session (
    id              uuid primary key,
    body_code       text not null references body (code),
    ordinal         integer not null check (ordinal > 0),
    extraordinary   boolean not null default false,
    year            integer check (year between 1900 and 2200),
    place           text,
    starts_on       date,
    ends_on         date,
    hijri_starts_on text,
    hijri_ends_on   text,
    unique (body_code, ordinal, extraordinary),
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);

create table document (
    id            uuid primary key,
    -- Normalized symbol shared by every language version; null when no symbol was found.
    symbol_key    text unique,
    symbol        text,
    kind          text not null default 'unknown'
                  check (kind in ('unknown', 'resolution-set', 'resolution', 'declaration', 'report', 'communique')),
    body_code     text references body (code),
    session_id    uuid references session (id),
    year          integer check (year between 1900 and 2200),
    registered_at timestamptz not null default now()
);

create index document_by_body on document (body_code);
create index document_by_session on document (session_id);
create index document_by_registration on document (registered_at desc, id);

create table original (
    sha256     char(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes bigint not null check (size_bytes > 0),
    media_type text not null,
    stored_at  timestamptz not null default now()
);

create table version (
    id                 uuid primary key,
    document_id        uuid not null references document (id),
    language           text not null check (language in ('ar', 'en', 'fr')),
    revision           integer not null default 1 check (revision > 0),
    -- One original is one version: the same bytes imported again are a duplicate, not a version.
    original_sha256    char(64) not null unique references original (sha256),
    file_name          text not null,
    symbol_printed     text,
    text               text not null,
    extraction_suspect boolean not null default false,
    suspect_reason     text,
    imported_at        timestamptz not null default now(),
    unique (document_id, language, revision),
    check (extraction_suspect = (suspect_reason is not null))
);

create index version_by_language on version (language);

-- Filled by the reading of resolutions: one document may hold several resolutions.
create table resolution (
    id         uuid primary key,
    version_id uuid not null references version (id) on delete cascade,
    position   integer not null check (position >= 0),
    number     text,
    number_key text,
    title      text,
    unique (version_id, position)
);

create table paragraph (
    id             uuid primary key,
    version_id     uuid not null references version (id) on delete cascade,
    resolution_id  uuid references resolution (id) on delete cascade,
    position       integer not null check (position >= 0),
    kind           text not null check (kind in ('header', 'title', 'preambular', 'operative', 'heading', 'other')),
    number         text,
    text           text not null,
    start_offset   integer not null check (start_offset >= 0),
    end_offset     integer not null,
    operative_verb text,
    unique (version_id, position),
    check (end_offset >= start_offset)
);

-- Events written in the same transaction as the change they describe; derived views (the search
-- index, feeds, webhooks) follow them, so they can never miss a committed change.
create table outbox (
    id          bigserial primary key,
    event_type  text not null,
    payload     jsonb not null,
    occurred_at timestamptz not null default now()
);
