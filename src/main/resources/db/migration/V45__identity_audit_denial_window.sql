-- identity: repeated anonymous refusals from one address are aggregated before they reach the append-only audit log
-- (issue 9, finding 6). One row per client address and kind of refusal: the first refusal in a window is audited as
-- usual; later ones in the same window only count here. When the window has passed, the row is removed and, if it
-- counted any, one summary row (AUTHORIZATION_DENIALS_AGGREGATED) goes to the audit log. Kept in the database, so every
-- instance counts into the same window.
create table identity.audit_denial_window (
    address      text        not null check (length(address) <= 64),
    kind         text        not null check (length(kind) <= 64),
    window_start timestamptz not null,
    suppressed   integer     not null default 0,
    last_subject text        not null default '',
    primary key (address, kind)
);

create index audit_denial_window_start_idx on identity.audit_denial_window (window_start);
