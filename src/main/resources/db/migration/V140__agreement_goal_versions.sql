-- Goal maintenance by the secretariat (docs/domain.md "Goal maintenance", docs/adr/0018): every goal carries a
-- version for optimistic locking, may be retired (kept with its history and earlier rounds, no status in new rounds)
-- and may be taken over from a goal of an earlier agreement. Every edit is kept field by field in goal_change.
alter table agreement.goal
    add column version         int not null default 1 check (version > 0),
    add column retired_at      timestamptz,
    add column retired_by      text,
    add column taken_over_from bigint references agreement.goal (id) on delete set null;

create index goal_taken_over_from_idx on agreement.goal (taken_over_from) where taken_over_from is not null;

create table agreement.goal_change (
    id         bigint generated always as identity primary key,
    goal_id    bigint      not null references agreement.goal (id) on delete cascade,
    version    int         not null,
    action     text        not null check (action in ('CREATED', 'EDITED', 'RETIRED', 'REORDERED', 'TAKEN_OVER')),
    field      text,
    before     text,
    after      text,
    changed_by text        not null,
    changed_at timestamptz not null default now()
);

create index goal_change_goal_idx on agreement.goal_change (goal_id, id);
