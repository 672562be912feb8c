-- identity: login throttling kept in the database, so that every instance sees the same failures and locks.
-- A key is 'user:<lower-case username>' or 'ip:<address>'; usernames that do not exist are throttled the same way,
-- so a lock reveals nothing about which accounts exist.
create table identity.login_failure (
    id        bigint generated always as identity primary key,
    key       text        not null,
    failed_at timestamptz not null default now()
);

create index login_failure_key_idx on identity.login_failure (key, failed_at desc);

create table identity.login_lock (
    key          text primary key,
    locked_until timestamptz not null
);
