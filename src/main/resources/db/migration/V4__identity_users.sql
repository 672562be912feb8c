-- identity: user accounts for username/password login (the embedded default and API clients using HTTP Basic).
-- Organisation codes (TMF, SOF, ØKF, BL1, …) are owned by the organisation module; they are kept here as plain
-- codes on purpose (no foreign key across module schemas).
create schema if not exists identity;

create table identity.users (
    id                 bigint generated always as identity primary key,
    username           text        not null check (username = btrim(username) and length(username) between 1 and 100),
    display_name       text        not null,
    password_hash      text        not null,
    role               text        not null check (role in ('ADMIN', 'EDITOR', 'DATA_STEWARD', 'READER')),
    organisation_codes text[]      not null default '{}',
    enabled            boolean     not null default true,
    created_at         timestamptz not null default now()
);

-- Usernames are unique regardless of case ("Admin" and "admin" are the same account).
create unique index users_username_key on identity.users (lower(username));

comment on table identity.users is 'Login accounts; password_hash is a DelegatingPasswordEncoder value such as {bcrypt}…';
