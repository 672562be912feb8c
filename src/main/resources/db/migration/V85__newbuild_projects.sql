-- newbuild: the project list of the new-build pipeline (issue 11, DOMAIN.md §3) and the figures derived from it at
-- import. An import replaces the whole list; the derived tables are recomputed in the same transaction.
create schema if not exists newbuild;

-- The import the current list came from (one row at most).
create table newbuild.source (
    singleton   boolean primary key default true check (singleton),
    import_id   uuid not null,
    file_name   text,
    imported_by text not null,
    imported_at timestamptz not null
);

create table newbuild.project (
    project_id        text primary key,
    organisation_no   integer not null,
    name              text,
    postal_code       integer not null,
    housing_type      text not null check (housing_type in ('FAMILY', 'YOUTH', 'ELDERLY')),
    dwellings         integer not null check (dwellings >= 0),
    small_cheap       integer not null check (small_cheap >= 0 and small_cheap <= dwellings),
    urban_development boolean not null,
    skema_a           date,
    skema_b           date,
    skema_c           date,
    file_row          integer not null
);

-- Skema A commitments per calendar year of the commitment and housing type.
create table newbuild.commitment (
    year         integer not null,
    housing_type text not null,
    projects     integer not null,
    dwellings    integer not null,
    primary key (year, housing_type)
);

-- The pipeline at the end of each year: projects by the latest stage reached by 31 December (NONE = no Skema A yet).
create table newbuild.stage (
    year         integer not null,
    stage        text not null check (stage in ('NONE', 'A', 'B', 'C')),
    housing_type text not null,
    projects     integer not null,
    dwellings    integer not null,
    primary key (year, stage, housing_type)
);

-- Per year: the running totals since 1 January 2015 of Skema A dwellings, and of dwellings and small-and-cheap
-- dwellings in family projects in urban-development areas (share_pct null when there are none). One row per year
-- from 2015 (or the earliest date) to the latest date in the list: these are the years the API answers for.
create table newbuild.year_figures (
    year                integer primary key,
    committed_since     integer not null,
    urban_family        integer not null,
    urban_family_small  integer not null,
    share_pct           numeric(5, 1)
);
