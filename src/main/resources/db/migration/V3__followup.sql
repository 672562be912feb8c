create schema if not exists followup;

create table followup.round (
    id           bigint generated always as identity primary key,
    agreement_id text not null,
    period       text not null check (period ~ '^[0-9]{4}-Q[1-4]$'),
    due_date     date,
    state        text not null check (state in ('OPEN', 'IN_REVIEW', 'APPROVED')),
    created_at   timestamptz not null default now(),
    unique (agreement_id, period)
);

create table followup.status (
    id            bigint generated always as identity primary key,
    round_id      bigint not null references followup.round (id) on delete cascade,
    goal_id       bigint not null,
    status_text   text,
    delay_reason  text,
    expected_text text,
    expected_from date,
    expected_to   date,
    achievement   text check (achievement in ('FULFILLED', 'IN_PROGRESS', 'CONSIDERED', 'NOT_FULFILLED')),
    version       int not null default 1,
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    unique (round_id, goal_id)
);

create index status_goal_idx on followup.status (goal_id);

create table followup.import_report (
    id           uuid primary key,
    dataset      text not null,
    status       text not null check (status in ('IMPORTED', 'REJECTED')),
    file_name    text,
    agreement_id text,
    report       jsonb not null,
    created_by   text not null,
    created_at   timestamptz not null default now()
);
