create schema if not exists indicator;

-- What is measured: share of almene boliger, evictions, Skema A commitments …
create table indicator.indicator (
    code       text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name       text not null,
    unit       text not null,
    decimals   int  not null default 0 check (decimals between 0 and 4),
    direction  text not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    source     text not null,
    frequency  text not null check (frequency in ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'IRREGULAR')),
    dimensions text[] not null default '{}',
    -- true: each value is a running total since a start date (e.g. Skema A commitments since 1 January 2015)
    cumulative boolean not null default false,
    created_at timestamptz not null default now()
);

-- One value per indicator, period and dimension combination ('' = the total). A revision keeps the old value in
-- observation_revision.
create table indicator.observation (
    id             bigint generated always as identity primary key,
    indicator_code text not null references indicator.indicator (code),
    period         text not null,
    period_from    date not null,
    period_to      date not null check (period_to >= period_from),
    precision      text not null check (precision in ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    dimension      text not null default '',
    value          numeric not null,
    source_note    text,
    imported_by    text not null,
    imported_at    timestamptz not null default now(),
    version        int not null default 1,
    unique (indicator_code, period, dimension)
);

create index observation_indicator_to_idx on indicator.observation (indicator_code, dimension, period_to);

create table indicator.observation_revision (
    id             bigint generated always as identity primary key,
    observation_id bigint not null references indicator.observation (id) on delete cascade,
    version        int not null,
    value          numeric not null,
    source_note    text,
    imported_by    text not null,
    imported_at    timestamptz not null,
    replaced_by    text not null,
    replaced_at    timestamptz not null default now()
);

-- A goal's indicators (goal ids of the agreement module; no cross-schema foreign key).
create table indicator.goal_indicator (
    goal_id        bigint not null,
    indicator_code text   not null references indicator.indicator (code),
    primary key (goal_id, indicator_code)
);

-- The measurable target of a goal (at most one per goal).
create table indicator.target (
    goal_id         bigint primary key,
    indicator_code  text not null references indicator.indicator (code),
    dimension       text not null default '',
    kind            text not null check (kind in ('AT_LEAST', 'AT_MOST', 'CHANGE_FROM_BASELINE', 'COUNT_BY')),
    mode            text not null check (mode in ('MAINTAIN', 'BY_DUE')),
    value           numeric not null,
    tolerance       numeric not null default 0 check (tolerance >= 0),
    precision       text not null check (precision in ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    period_text     text not null,
    period_from     date,
    period_to       date not null,
    count_from      date,
    baseline_period text,
    baseline_value  numeric,
    created_at      timestamptz not null default now(),
    check (kind <> 'CHANGE_FROM_BASELINE' or baseline_period is not null)
);

create table indicator.import_report (
    id          uuid primary key,
    dataset     text not null,
    status      text not null check (status in ('IMPORTED', 'REJECTED')),
    file_name   text,
    report      jsonb not null,
    created_by  text not null,
    created_at  timestamptz not null default now()
);
