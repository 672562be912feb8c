#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into a NEW, EMPTY database, owned by the schema owner:
#
#   psql -c "create database almenmonitor_restored owner almen_owner encoding 'UTF8' template template0"   # as a superuser
#   PGHOST=… PGDATABASE=almenmonitor_restored PGUSER=almen_owner PGPASSWORD=… scripts/restore.sh almenmonitor.dump
#
# Everything is restored in one transaction (all or nothing), owned by the connecting role (the schema owner,
# SPRING_FLYWAY_USER), whatever the role names were where the dump was taken (--no-owner). The application role's
# grants are not taken from the dump (--no-acl): the application's next start grants them again (Flyway's
# afterMigrate callback: DML on every table, only SELECT and INSERT on the audit log), so a restore onto a server with
# other role names works the same. Then point SPRING_DATASOURCE_URL at the restored database and start the application.
# PG_BIN chooses the directory of pg_restore (default: the one on PATH). See docs/operations.md "Backups".
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 <dump file>" >&2
  exit 2
fi
source=$1
bin=${PG_BIN:+$PG_BIN/}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the new, empty database}"

"${bin}pg_restore" --list "$source" >/dev/null
"${bin}pg_restore" --dbname="$PGDATABASE" --no-owner --no-acl --single-transaction --exit-on-error "$source"
echo "Restored $source into $PGDATABASE; start the application on it to grant the application role"
