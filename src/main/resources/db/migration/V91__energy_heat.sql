-- Heat use per department and year, degree days, and the degree-day normalised figures derived from them (issue 11;
-- docs/domain.md §9).
create schema if not exists energy;

create table energy.degree_days (
    year        integer primary key,
    degree_days numeric(7, 1) not null check (degree_days > 0),
    load_id     uuid not null
);

create table energy.heat (
    organisation_no integer not null,
    department_no   integer not null,
    year            integer not null,
    mwh             numeric(14, 3) not null check (mwh >= 0),
    heated_area_m2  numeric(12, 2) not null check (heated_area_m2 > 0),
    load_id         uuid not null,
    primary key (year, organisation_no, department_no)
);

-- Which load each year's heat figures came from (a heat import replaces the years its file holds).
create table energy.heat_year_load (
    year      integer primary key,
    load_id   uuid not null,
    loaded_at timestamptz not null default now()
);

-- Per department and year: kWh/m², normalised when the year has degree days; quartile (1 = lowest use) and the
-- worst tenth, ranked by the normalised figure (the actual one for a year without degree days).
create table energy.heat_department (
    organisation_no        integer not null,
    department_no          integer not null,
    year                   integer not null,
    mwh                    numeric(14, 3) not null,
    heated_area_m2         numeric(12, 2) not null,
    kwh_per_m2             numeric(10, 1) not null,
    kwh_per_m2_normalised  numeric(10, 1),
    quartile               smallint not null check (quartile between 1 and 4),
    worst_tenth            boolean not null,
    primary key (year, organisation_no, department_no)
);

-- The sector per year: area-weighted kWh/m², normalised with the year's degree days and the hot-water share used.
create table energy.heat_sector (
    year                   integer primary key,
    departments            integer not null,
    mwh                    numeric(16, 3) not null,
    heated_area_m2         numeric(14, 2) not null,
    kwh_per_m2             numeric(10, 1) not null,
    degree_days            numeric(7, 1),
    hot_water_share        numeric(4, 3) not null,
    kwh_per_m2_normalised  numeric(10, 1),
    q1                     numeric(10, 1) not null,
    median                 numeric(10, 1) not null,
    q3                     numeric(10, 1) not null,
    worst_tenth_from       numeric(10, 1) not null,
    worst_tenth_count      integer not null
);
