-- meeting: the meetings of the fora (issue 13 item 4, PRODUCT.md C11) — a forum's meeting on a date that follows up
-- one round of an agreement; its briefing is computed from the follow-up and the decision log, nothing is copied here.
create schema if not exists meeting;

create table meeting.meeting (
    id           bigint generated always as identity primary key,
    agreement_id text not null check (length(agreement_id) between 1 and 100),
    forum        text not null check (forum in ('SAMARBEJDSFORUM', 'PARTNERSKABSFORUM', 'TMU', 'OEU', 'BR', 'BL1', 'OTHER')),
    meeting_date date not null check (meeting_date between date '1990-01-01' and date '2100-12-31'),
    period       text not null check (period ~ '^[0-9]{4}-Q[1-4]$'),
    created_by   text not null check (length(created_by) between 1 and 100),
    created_at   timestamptz not null default now()
);
create index meeting_by_agreement on meeting.meeting (agreement_id, forum, meeting_date);
