-- audit: the append-only audit log (PRODUCT.md C3, Security bar; docs/adr/0004).
-- Every dk.almenmonitor.shared.AuditEvent published by any module becomes one row, in the publisher's transaction.
-- Two locks keep it append-only: the application role gets only INSERT and SELECT on the table (granted by the
-- afterMigrate callback), and a trigger rejects UPDATE, DELETE and TRUNCATE for everyone, the owner included,
-- until an operator deliberately disables it (e.g. for a documented retention purge).
create schema if not exists audit;

create table audit.audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    recorded_at timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    subject     text        not null default '',
    details     jsonb       not null default '{}'::jsonb
);

create index audit_event_occurred_idx on audit.audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit.audit_event (lower(actor), occurred_at desc);
create index audit_event_action_idx on audit.audit_event (action, occurred_at desc);

create function audit.reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit.audit_event
    for each row execute function audit.reject_change();

create trigger audit_event_no_truncate
    before truncate on audit.audit_event
    for each statement execute function audit.reject_change();

comment on table audit.audit_event is 'Append-only audit log; times are UTC (timestamptz), details hold small key/value pairs';
