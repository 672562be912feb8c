-- Targets are versioned (docs/domain.md §4, the ADR on target versions): every setting or change of a goal's target is a new row,
-- valid from the time it was set, and the earlier rows are kept. An evaluation as of a date uses the version in force
-- then. The one target per goal of indicator.target moves here unchanged; those rows all came from the seed, and a
-- seed target counts as set at the start of its goal's agreement (when the agreement has no start: when it was stored).
create table indicator.target_version (
    id              bigint generated always as identity primary key,
    goal_id         bigint not null,
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
    -- when this version took effect; for a version set in the system the moment it was set
    valid_from      timestamptz not null,
    set_by          text not null,
    set_at          timestamptz not null default now(),
    check (kind <> 'CHANGE_FROM_BASELINE' or baseline_period is not null)
);

create index target_version_goal_idx on indicator.target_version (goal_id, valid_from, id);

insert into indicator.target_version (goal_id, indicator_code, dimension, kind, mode, value, tolerance, precision,
                                      period_text, period_from, period_to, count_from, baseline_period, baseline_value,
                                      valid_from, set_by, set_at)
select t.goal_id, t.indicator_code, t.dimension, t.kind, t.mode, t.value, t.tolerance, t.precision,
       t.period_text, t.period_from, t.period_to, t.count_from, t.baseline_period, t.baseline_value,
       coalesce((select a.valid_from::timestamp at time zone 'Europe/Copenhagen'
                   from agreement.goal g join agreement.agreement a on a.id = g.agreement_id
                  where g.id = t.goal_id), t.created_at),
       'system', t.created_at
from indicator.target t
order by t.goal_id;

drop table indicator.target;
