-- report: the free-text sections of the redegørelse (annual summary memo), per agreement and year.
-- Append-only: every save is a new row (who, when, text); the current text of a section is its latest row.
create schema if not exists report;

create table report.text_version (
    id           bigint generated always as identity primary key,
    agreement_id text        not null,
    year         int         not null check (year between 1900 and 2999),
    section      text        not null check (section in ('INTRODUCTION', 'FOCUS_POINTS', 'APPENDIX_2')),
    body         text        not null check (length(body) <= 20000),
    saved_by     text        not null,
    saved_at     timestamptz not null default now()
);

create index text_version_lookup_idx on report.text_version (agreement_id, year, section, id desc);
