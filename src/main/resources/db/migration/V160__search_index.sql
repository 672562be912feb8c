-- The search index (module search, docs/adr/0017): one row per searchable text — a goal (title and content), a
-- status text of a round, a delay reason of a round, a decision — copied from the owning modules through their
-- facades and rebuilt when they change. The tsvector is computed by PostgreSQL in Danish (stemming), the title
-- weighted above the body; a GIN index serves the @@ match.
create schema if not exists search;

create table search.document (
    id           bigint generated always as identity primary key,
    kind         text    not null check (kind in ('GOAL', 'STATUS', 'DELAY_REASON', 'DECISION')),
    agreement_id text    not null,
    goal_id      bigint  not null,
    period       text,
    decision_id  bigint,
    decided_on   date,
    sort_order   integer not null,
    heading      text    not null,                 -- shown above the hit (the goal's title), not searched
    title        text    not null default '',      -- searched with weight A: a goal's title; empty for the others
    body         text    not null,                 -- searched with weight B and highlighted
    document     tsvector generated always as (
                     setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', body), 'B')) stored
);

create index document_match on search.document using gin (document);

-- One row: the fingerprint of the sources the index was built from, so that a check finds "nothing changed"
-- without rewriting the index.
create table search.index_state (
    id          integer primary key check (id = 1),
    fingerprint text,
    built_at    timestamptz
);

insert into search.index_state (id, fingerprint, built_at) values (1, null, null);
