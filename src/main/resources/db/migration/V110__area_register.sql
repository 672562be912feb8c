-- area: the register of vulnerable areas (issue 12, DOMAIN.md §4) — the ministry's listed housing areas and the
-- municipality's designated urban areas — and the departments each consists of.
create schema if not exists area;

create table area.area (
    code         text primary key check (length(code) between 1 and 40),
    name         text not null check (length(name) between 1 and 200),
    kind         text not null check (kind in ('HOUSING_AREA', 'URBAN_AREA')),
    municipality integer not null check (municipality between 1 and 999)
);

-- An area consists of departments of the housing spine (housing.department). A department may lie in more than one
-- area: an urban area may contain a listed housing area.
create table area.area_department (
    area_code       text not null references area.area (code) on delete cascade,
    organisation_no integer not null,
    department_no   integer not null,
    primary key (area_code, organisation_no, department_no)
);
