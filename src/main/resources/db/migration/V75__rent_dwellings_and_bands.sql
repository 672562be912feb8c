-- rent: the rents dataset (issue 11, docs/domain.md §10): the dwellings of Landsbyggefonden's rent register extract per
-- cut-off date (opgoerelsesdato), and the figures derived from them at import, in the same transaction.
-- A cut-off is imported whole: re-importing it replaces its dwellings and its derived rows.
create schema if not exists rent;

-- One row per imported cut-off: which import it came from, the bands it was derived with and the low-rent counts.
create table rent.cutoff (
    cutoff          date primary key,
    import_id       uuid not null,
    file_name       text,
    imported_by     text not null,
    imported_at     timestamptz not null,
    dwellings       integer not null check (dwellings >= 0),
    band_limits_dkk integer[] not null,          -- the lower bounds of bands 2..n, monthly kroner
    threshold_dkk   integer not null,            -- "under 3.500 kr. om måneden"
    low_family      integer not null,
    low_youth       integer not null,
    low_elderly     integer not null
);

-- Loaded in bulk (a national extract holds ~575.000 rows), so neither a foreign key to rent.cutoff nor an index:
-- the key (organisation_no, department_no, tenancy_id) is checked unique per cut-off on the staging table, in the
-- import's transaction, and imports of the dataset run one at a time (the pipeline's dataset lock). The load deletes
-- a cut-off's dwellings itself; the pages and the API read the derived tables only.
create table rent.dwelling (
    cutoff          date not null,
    organisation_no integer not null,
    department_no   integer not null,
    tenancy_id      text not null,
    housing_type    text not null check (housing_type in ('FAMILY', 'YOUTH', 'ELDERLY')),
    postal_code     integer not null,
    area_m2         numeric(9, 2),
    rooms           integer,
    yearly_rent_dkk numeric(12, 2) not null
);

-- Dwellings per rent band (monthly rent = yearly / 12, excl. consumption; half-open: from inclusive, to exclusive)
-- × housing type × postal code. band_from is null for the lowest band, band_to null for the top one.
create table rent.band_count (
    cutoff       date not null references rent.cutoff (cutoff) on delete cascade,
    postal_code  integer not null,
    housing_type text not null check (housing_type in ('FAMILY', 'YOUTH', 'ELDERLY')),
    band         smallint not null,
    band_from    integer,
    band_to      integer,
    dwellings    integer not null check (dwellings > 0),
    primary key (cutoff, postal_code, housing_type, band)
);
