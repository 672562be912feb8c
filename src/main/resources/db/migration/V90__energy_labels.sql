-- Energy labels (issue 11; docs/domain.md §9): the labels of the energy-labels dataset,
-- kept by their serial identifier across imports, and the figures derived from them at every import.
create schema if not exists energy;

-- Every label an import has brought in. A later import of the same serial identifier replaces its fields.
create table energy.label (
    serial_id       text primary key check (length(serial_id) between 1 and 64),
    classification  text not null check (classification in ('A2020', 'A2015', 'A2010', 'B', 'C', 'D', 'E', 'F', 'G')),
    given_as        text not null,           -- the classification as the file wrote it, e.g. "C/D"
    valid_from      date not null,
    valid_to        date not null check (valid_to >= valid_from),
    status          text,
    withdrawn       boolean not null,        -- a cancelled label: never counted as valid
    postal_code     integer,
    bbr_building    text,
    organisation_no integer,
    department_no   integer,
    load_id         uuid not null
);
create index label_validity on energy.label (valid_from, valid_to) where not withdrawn;

-- The loads of the energy-labels dataset; load_id is also in the import report's details (loadId).
create table energy.label_load (
    load_id   uuid primary key,
    loaded_at timestamptz not null default now(),
    loaded_by text not null,
    format    text not null,
    labels    integer not null,
    as_of     date                           -- the extract's latest ValidFrom: the yearly figures stop there
);

-- Labels valid at the end of each year (or at the extract's date for its own year), per class.
create table energy.label_year (
    year           integer not null,
    as_of          date not null,
    classification text not null,
    labels         integer not null,
    primary key (year, classification)
);
