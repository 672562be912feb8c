-- identity: API tokens for integrations. Only the SHA-256 hash of a token is stored (the token itself is shown once);
-- a token carries a role and organisations like an account, and is revoked by setting revoked_at (kept for history).
create table identity.api_token (
    id                 bigint generated always as identity primary key,
    name               text        not null check (length(btrim(name)) between 1 and 100),
    token_hash         text        not null unique,
    role               text        not null check (role in ('ADMIN', 'EDITOR', 'DATA_STEWARD', 'READER')),
    organisation_codes text[]      not null default '{}',
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    last_used_at       timestamptz,
    revoked_at         timestamptz,
    revoked_by         text
);
