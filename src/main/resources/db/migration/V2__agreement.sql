create schema if not exists agreement;

create table agreement.agreement (
    id          text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name        text not null,
    parties     text[] not null default '{}',
    valid_from  date,
    valid_to    date,
    created_at  timestamptz not null default now()
);

create table agreement.theme (
    agreement_id text not null references agreement.agreement (id) on delete cascade,
    number       int  not null check (number > 0),
    name         text not null,
    primary key (agreement_id, number)
);

create table agreement.goal (
    id              bigint generated always as identity primary key,
    agreement_id    text not null references agreement.agreement (id) on delete cascade,
    kind            text not null check (kind in ('ANALYSIS', 'MEASURABLE', 'INTENT')),
    theme_number    int  not null,
    title           text not null check (length(trim(title)) > 0),
    content         text,
    deadline_text   text,
    deadline_from   date,
    deadline_to     date,
    display_order   int  not null,
    concrete        boolean not null,
    related_goal_id bigint references agreement.goal (id) on delete set null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    foreign key (agreement_id, theme_number) references agreement.theme (agreement_id, number)
);

-- The import matches goals by section (kind) and text; the same text may stand in two sections.
create unique index goal_agreement_kind_title_uq on agreement.goal (agreement_id, kind, md5(title));
create index goal_agreement_order_idx on agreement.goal (agreement_id, display_order);

create table agreement.goal_owner (
    goal_id           bigint not null references agreement.goal (id) on delete cascade,
    organisation_code text   not null,
    position          int    not null,
    primary key (goal_id, organisation_code)
);
