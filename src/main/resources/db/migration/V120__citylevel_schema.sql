-- citylevel: the københavnerniveau of Politik for udsatte byområder 2017–2025 (issue 12, DOMAIN.md §4): the yearly
-- values of the five criteria per urban area and for the city (the area-indicators dataset), and the goals the
-- secretariat sets per area and criterion. Area codes refer to area.area by value (the city's code is not an area).
create schema if not exists citylevel;

create table citylevel.value (
    area_code   text not null check (length(area_code) between 1 and 40),
    year        integer not null check (year between 1990 and 2100),
    indicator   text not null check (length(indicator) between 1 and 60),
    value       numeric(12, 4) not null,
    import_id   uuid not null,
    file_name   text,
    imported_by text not null,
    imported_at timestamptz not null,
    primary key (area_code, indicator, year)
);

-- One goal per area and criterion: a target value (TARGET_VALUE, target_value set) or halving the gap at baseline
-- (HALVE_GAP), by the end of due_year.
create table citylevel.goal (
    area_code    text not null check (length(area_code) between 1 and 40),
    indicator    text not null check (length(indicator) between 1 and 60),
    kind         text not null check (kind in ('TARGET_VALUE', 'HALVE_GAP')),
    target_value numeric(12, 4),
    due_year     integer not null check (due_year between 2000 and 2100),
    note         text check (length(note) <= 500),
    set_by       text not null,
    set_at       timestamptz not null,
    primary key (area_code, indicator),
    check ((kind = 'TARGET_VALUE') = (target_value is not null))
);
