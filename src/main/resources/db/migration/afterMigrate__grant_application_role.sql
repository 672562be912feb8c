-- Flyway callback, run after every migrate (so schemas and tables added by any later migration are covered).
-- Grants the application's login role ${app_role} what it needs and nothing more (docs/adr/0004, docs/operations.md):
--   * USAGE on every schema the migrating owner created, and DML on their tables and sequences;
--   * on the audit log only SELECT and INSERT (UPDATE, DELETE and TRUNCATE are revoked).
-- When the application runs as the owner itself (a single-role set-up), there is nothing to grant; the audit log then
-- relies on its trigger alone.
do $$
declare
    app    text := '${app_role}';
    schema text;
begin
    if app = current_user then
        raise notice 'Application role % is the schema owner; grants skipped', app;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'The application role "%" does not exist; create it (docs/operations.md) or set almen.db.app-role', app;
    end if;
    for schema in
        select n.nspname from pg_namespace n
         where n.nspowner = (select oid from pg_roles where rolname = current_user)
           and n.nspname not like 'pg\_%' and n.nspname not in ('information_schema', 'public')
    loop
        execute format('grant usage on schema %I to %I', schema, app);
        execute format('grant select, insert, update, delete, truncate on all tables in schema %I to %I', schema, app);
        execute format('grant usage, select, update on all sequences in schema %I to %I', schema, app);
    end loop;
    execute format('revoke update, delete, truncate on all tables in schema audit from %I', app);
end
$$;
