-- decision: the decision log (issue 13 item 3, PRODUCT.md C11) — decisions of the fora (Samarbejdsforum, TMU, BR …)
-- recorded against one or more goals, with date, forum, the decision in a sentence and a reference.
create schema if not exists decision;

create table decision.decision (
    id          bigint generated always as identity primary key,
    decided_on  date not null check (decided_on between date '1990-01-01' and date '2100-12-31'),
    forum       text not null check (forum in ('SAMARBEJDSFORUM', 'PARTNERSKABSFORUM', 'TMU', 'OEU', 'BR', 'BL1', 'OTHER')),
    text        text not null check (length(text) between 1 and 500),
    reference   text check (length(reference) between 1 and 300),
    -- the seed's source line ("seed:200"), so the seed loader records each decision once; null for recorded ones
    seed_key    text unique check (length(seed_key) between 1 and 100),
    recorded_by text not null check (length(recorded_by) between 1 and 100),
    recorded_at timestamptz not null default now()
);

-- The goals a decision is about (agreement.goal ids; no foreign key across module schemas).
create table decision.decision_goal (
    decision_id bigint not null references decision.decision (id) on delete cascade,
    goal_id     bigint not null,
    primary key (decision_id, goal_id)
);
create index decision_goal_by_goal on decision.decision_goal (goal_id);
