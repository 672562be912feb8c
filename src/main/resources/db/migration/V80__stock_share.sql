-- stock: the share of almene boliger per cut-off date (issue 11, docs/domain.md "Share of almene boliger"). One figure
-- per municipality, cut-off date and method: BBR_UNITS (units counted from a BBR extract) or BOL101 (Danmarks
-- Statistik's table BOL101, status per 1 January). Each figure keeps the import it came from; the units themselves are
-- only staged for the import (a temporary table) and not kept.
create schema if not exists stock;

create table stock.share (
    municipality_code text    not null check (municipality_code ~ '^[0-9]{4}$'),
    cutoff            date    not null,
    method            text    not null check (method in ('BBR_UNITS', 'BOL101')),
    almene            integer not null check (almene >= 0),
    dwellings         integer not null check (dwellings > 0 and dwellings >= almene),
    share_pct         numeric(4, 1) not null check (share_pct between 0 and 100),
    suppressed_cells  integer not null default 0 check (suppressed_cells >= 0),
    source            text    not null,
    import_id         uuid    not null,
    file_name         text,
    imported_at       timestamptz not null default now(),
    primary key (municipality_code, cutoff, method)
);
