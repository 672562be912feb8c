-- Issue 10, step 6: reminders are recorded in the run's transaction and mailed after its commit. An outbox row now
-- carries its state: PENDING (recorded, or its last attempt failed; the next run tries again), SENDING (claimed by
-- one dispatcher; never tried again, so a mail whose outcome is unknown is not sent twice), SMTP (sent) or OUTBOX
-- (kept on the "Udbakke" page: no mail server). Existing rows were sent (or kept) when they were written.

alter table reminder.outbox rename column delivered to state;
alter table reminder.outbox drop constraint outbox_delivered_check;
alter table reminder.outbox add constraint outbox_state_check
    check (state in ('PENDING', 'SENDING', 'SMTP', 'OUTBOX'));
alter table reminder.outbox add column attempts int not null default 0;
alter table reminder.outbox add column last_error text;
alter table reminder.outbox add column sent_at timestamptz;
update reminder.outbox set sent_at = created_at, attempts = case when state = 'SMTP' then 1 else 0 end;

create index outbox_pending on reminder.outbox (id) where state = 'PENDING';
