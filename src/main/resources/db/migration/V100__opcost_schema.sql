-- opcost: operating costs of the housing departments per year (issue 11, docs/domain.md §10). The imported costs in
-- kroner per category and the area they cover; which import last set each year; and the figures derived at import:
-- kr. per m² per department (with its comparison group and distance to the group's median), per housing organisation
-- (area-weighted), and the quartiles per comparison group and for the whole sector.
create schema if not exists opcost;

create table opcost.cost (
    year            integer        not null check (year between 1900 and 2100),
    organisation_no integer        not null,
    department_no   integer        not null,
    administration  numeric(16, 2) not null check (administration >= 0),
    maintenance     numeric(16, 2) not null check (maintenance >= 0),
    cleaning        numeric(16, 2) not null check (cleaning >= 0),
    utilities       numeric(16, 2) not null check (utilities >= 0),
    other           numeric(16, 2) not null check (other >= 0),
    area_m2         numeric(12, 2) not null check (area_m2 > 0),
    primary key (year, organisation_no, department_no)
);

-- The import whose file last changed the year (a re-import of the same figures keeps the earlier one).
create table opcost.cost_year (
    year        integer     primary key,
    import_id   uuid        not null,
    file_name   text,
    imported_at timestamptz not null,
    departments integer     not null
);

create table opcost.department_figure (
    year              integer        not null,
    organisation_no   integer        not null,
    department_no     integer        not null,
    size_band         text           not null,
    built_band        text           not null,
    area_m2           numeric(12, 2) not null,
    total_m2          numeric(14, 2) not null,
    administration_m2 numeric(14, 2) not null,
    maintenance_m2    numeric(14, 2) not null,
    cleaning_m2       numeric(14, 2) not null,
    utilities_m2      numeric(14, 2) not null,
    other_m2          numeric(14, 2) not null,
    group_median_m2   numeric(14, 2),
    distance_m2       numeric(14, 2),
    distance_pct      numeric(8, 1),
    primary key (year, organisation_no, department_no)
);

-- One row per year, comparison group (size band × year-built band; 'all' × 'all' = the sector) and category.
create table opcost.group_figure (
    year        integer        not null,
    size_band   text           not null,
    built_band  text           not null,
    category    text           not null,
    departments integer        not null,
    q1          numeric(14, 2) not null,
    median      numeric(14, 2) not null,
    q3          numeric(14, 2) not null,
    primary key (year, size_band, built_band, category)
);

create table opcost.organisation_figure (
    year              integer        not null,
    organisation_no   integer        not null,
    departments       integer        not null,
    area_m2           numeric(14, 2) not null,
    total_m2          numeric(14, 2) not null,
    administration_m2 numeric(14, 2) not null,
    maintenance_m2    numeric(14, 2) not null,
    cleaning_m2       numeric(14, 2) not null,
    utilities_m2      numeric(14, 2) not null,
    other_m2          numeric(14, 2) not null,
    primary key (year, organisation_no)
);
