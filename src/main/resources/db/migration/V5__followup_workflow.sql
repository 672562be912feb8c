-- Quarterly follow-up workflow: who changed what (history), state changes with reasons, carried-over statuses,
-- owner contact addresses for reminders, and the outbox the embedded default writes mails to.

alter table followup.round add column opened_by text;
alter table followup.round add column state_changed_at timestamptz;
alter table followup.round add column state_changed_by text;

-- A status copied from the previous round when the round was opened, not yet saved by its owner.
alter table followup.status add column carried_over boolean not null default false;

create table followup.status_history (
    id            bigint generated always as identity primary key,
    round_id      bigint not null references followup.round (id) on delete cascade,
    goal_id       bigint not null,
    version       int    not null,
    status_text   text,
    delay_reason  text,
    expected_text text,
    achievement   text,
    change_kind   text   not null check (change_kind in ('IMPORTED', 'CARRIED_OVER', 'SAVED')),
    changed_by    text   not null,
    changed_at    timestamptz not null default now(),
    unique (round_id, goal_id, version)
);

create table followup.round_state_change (
    id         bigint generated always as identity primary key,
    round_id   bigint not null references followup.round (id) on delete cascade,
    from_state text,
    to_state   text not null,
    reason     text,
    changed_by text not null,
    changed_at timestamptz not null default now()
);

create table followup.owner_contact (
    organisation_code text primary key,
    email             text not null check (email like '%@%')
);

insert into followup.owner_contact (organisation_code, email) values
    ('KK',  'almenaftale@tmf.kk.dk.example'),
    ('TMF', 'almenaftale@tmf.kk.dk.example'),
    ('ØKF', 'boliger@okf.kk.dk.example'),
    ('SUF', 'aeldreboliger@suf.kk.dk.example'),
    ('SOF', 'udsaettelser@sof.kk.dk.example'),
    ('BL1', 'kreds1@bl.dk.example');

create table followup.outbox (
    id         bigint generated always as identity primary key,
    recipient  text not null,
    subject    text not null,
    body       text not null,
    created_at timestamptz not null default now(),
    delivered  text not null check (delivered in ('SMTP', 'OUTBOX'))
);

create table followup.reminder_sent (
    round_id          bigint not null references followup.round (id) on delete cascade,
    organisation_code text   not null,
    sent_on           date   not null,
    primary key (round_id, organisation_code, sent_on)
);
