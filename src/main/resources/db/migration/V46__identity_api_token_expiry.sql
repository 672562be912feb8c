-- identity: API tokens may expire (issue 9, finding 11). Null means no expiry date; an expired token is refused (401)
-- like a revoked one, and stays in the table for history.
alter table identity.api_token add column expires_at timestamptz;
