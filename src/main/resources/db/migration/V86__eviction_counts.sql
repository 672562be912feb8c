-- eviction: evictions per period and municipality as Domstolsstyrelsen reports them (issue 11, DOMAIN.md §3), and
-- the yearly and half-yearly figures derived from them at import. An import adds or replaces the periods it names
-- and keeps the others.
create schema if not exists eviction;

create table eviction.count (
    period       text not null check (period ~ '^[0-9]{4}(-H[12])?$'),
    municipality integer not null check (municipality between 1 and 999),
    evictions    integer not null check (evictions >= 0),
    import_id    uuid not null,
    file_name    text,
    imported_by  text not null,
    imported_at  timestamptz not null,
    primary key (period, municipality)
);

-- Per municipality: each year and half-year; a year that the files give only as its two halves is their sum
-- (method HALVES), else the year as given (FILE). import_id: the latest import behind the figure.
create table eviction.figure (
    municipality integer not null,
    period       text not null,
    year         integer not null,
    half         integer check (half in (1, 2)),
    evictions    integer not null,
    method       text not null check (method in ('FILE', 'HALVES')),
    import_id    uuid not null,
    primary key (municipality, period)
);
