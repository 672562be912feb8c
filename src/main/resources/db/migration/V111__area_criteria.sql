-- area: the ministry's criterion values per area and list year (the area-criteria dataset, DOMAIN.md §4) and the
-- classification derived from them at import, in the import's transaction (docs/domain.md, the area rules).
-- illustrative: loaded from the embedded default's illustrative (synthetic) values, not the ministry's.
create table area.criteria (
    area_code          text not null references area.area (code) on delete cascade,
    list_year          integer not null check (list_year between 2010 and 2100),
    residents          integer check (residents between 0 and 1000000),
    non_western        numeric check (non_western between 0 and 100),
    outside            numeric check (outside between 0 and 100),
    convicted          numeric check (convicted between 0 and 100),
    convicted_national numeric check (convicted_national between 0 and 100),
    basic_education    numeric check (basic_education between 0 and 100),
    income             numeric check (income between 0 and 1000),
    import_id          uuid not null,
    file_name          text,
    imported_at        timestamptz not null,
    imported_by        text not null,
    illustrative       boolean not null default false,
    primary key (area_code, list_year)
);

create index criteria_year on area.criteria (list_year);

-- Derived: rewritten by every criteria import. category null = on no list that year.
create table area.classification (
    area_code text not null references area.area (code) on delete cascade,
    list_year integer not null,
    rule_set  text not null,
    category  text check (category in ('GHETTO', 'UDSAT', 'HAARDT_GHETTO', 'FOREBYGGELSE', 'PARALLELSAMFUND',
                                       'OMDANNELSE')),
    primary key (area_code, list_year)
);

-- The criteria met behind a classification, in the rule set's order, with the area's value.
create table area.classification_criterion (
    area_code text not null,
    list_year integer not null,
    position  integer not null,
    measure   text not null,
    value     numeric,
    threshold text not null,
    primary key (area_code, list_year, position),
    foreign key (area_code, list_year) references area.classification (area_code, list_year) on delete cascade
);
