-- The reading of resolutions: what each version is made of, and what disagrees.

-- Paragraph kinds are the segment kinds of the reader; every character of a version's text
-- lies in exactly one of its paragraphs (start_offset inclusive, end_offset exclusive).
alter table paragraph drop constraint paragraph_kind_check;
alter table paragraph add constraint paragraph_kind_check
    check (kind in ('header', 'toc', 'title', 'opening', 'preamble', 'enacting', 'operative', 'heading', 'other'));
alter table paragraph add column verb_strength text
    check (verb_strength is null or verb_strength in ('binding', 'exhortation', 'none'));
alter table paragraph add column heading text;

alter table document drop constraint document_kind_check;
alter table document add constraint document_kind_check
    check (kind in ('unknown', 'resolution-set', 'resolution', 'declaration', 'report', 'communique', 'other'));
-- Which edition of the reader read each version: a newer reader reads it again.
alter table version add column read_edition text;

-- Links a version that prints no symbol to its document: body, session and resolution numbers.
alter table document add column link_key text;
create index document_by_link_key on document (link_key);


-- Bodies the reader knows are added by the application from its lexicon (reading/bodies.tsv).

create table finding (
    id          uuid primary key,
    document_id uuid not null references document (id),
    kind        text not null,
    severity    text not null check (severity in ('error', 'warning', 'info')),
    message_en  text not null,
    message_fr  text not null,
    message_ar  text not null,
    -- [{versionId, language, paragraph, start, end}]
    locations   jsonb not null,
    found_at    timestamptz not null default now()
);

create index finding_by_document on finding (document_id);

-- When the findings of a document were last computed; older than its newest version means stale.
create table finding_run (
    document_id uuid primary key references document (id),
    computed_at timestamptz not null,
    -- The reader's edition: findings computed by an older reader are recomputed.
    reader      text not null
);
