-- imports: the one import record of every dataset (issue 10, ADR 0010). One row per uploaded file, imported or
-- rejected: who, when, which file (name and SHA-256 of its bytes), what was read (format, encoding, data rows), the
-- bounded errors and warnings, and the dataset's own facts (counts, agreement, rounds) as `details`.
create schema if not exists imports;

create table imports.import_record (
    id          uuid primary key,
    dataset     text not null check (dataset ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    status      text not null check (status in ('IMPORTED', 'REJECTED')),
    file_name   text,
    sha256      text check (sha256 ~ '^[0-9a-f]{64}$'),
    format      text,
    encoding    text,
    row_count   integer not null default 0,
    errors      jsonb not null default '[]',  -- [{row, column, message}], at most 101 entries
    warnings    jsonb not null default '[]',  -- ["…"], at most 101 entries
    details     jsonb not null default '{}',
    imported_by text not null,
    imported_at timestamptz not null default now()
);
create index import_record_latest on imports.import_record (imported_at desc);
create index import_record_dataset_latest on imports.import_record (dataset, imported_at desc);

-- The reports stored before this migration keep their ids: copied from the two tables they lived in (left in place,
-- no longer written).
insert into imports.import_record (id, dataset, status, file_name, format, encoding, row_count, errors, warnings, details,
                                   imported_by, imported_at)
select id, dataset, status, file_name, report ->> 'format', report ->> 'encoding',
       coalesce((report ->> 'rows')::integer, 0), coalesce(report -> 'errors', '[]'), coalesce(report -> 'warnings', '[]'),
       jsonb_build_object('agreementId', report -> 'agreementId', 'rounds', report -> 'rounds',
                          'goals', report -> 'goals', 'statuses', report -> 'statuses'),
       created_by, created_at
  from followup.import_report;

insert into imports.import_record (id, dataset, status, file_name, format, encoding, row_count, errors, warnings, details,
                                   imported_by, imported_at)
select id, dataset, status, file_name, report ->> 'format', report ->> 'encoding',
       coalesce((report ->> 'rows')::integer, 0), coalesce(report -> 'errors', '[]'), coalesce(report -> 'warnings', '[]'),
       jsonb_build_object('observations', report -> 'observations'),
       created_by, created_at
  from indicator.import_report;
