#!/usr/bin/env bash
# Backs up the Almenmonitor database into one file in PostgreSQL's custom format (pg_dump -Fc): every schema, the
# data, the audit log and Flyway's history, taken as one consistent snapshot while the application runs.
#
#   PGHOST=db.example.kk.dk PGDATABASE=almenmonitor PGUSER=almen_owner PGPASSWORD=… scripts/backup.sh almenmonitor.dump
#
# Connection settings are libpq's environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass).
# Run it as the schema owner (SPRING_FLYWAY_USER), who can read every table. PG_BIN chooses the directory of pg_dump
# (default: the one on PATH); it must be the server's major version or newer. See docs/operations.md "Backups".
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 <dump file>" >&2
  exit 2
fi
target=$1
bin=${PG_BIN:+$PG_BIN/}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the database to back up}"

partial="$target.partial"
trap 'rm -f "$partial"' EXIT
"${bin}pg_dump" --format=custom --compress=6 --file="$partial"
# A dump that pg_restore cannot read is no backup: check its table of contents before it replaces the old file.
"${bin}pg_restore" --list "$partial" >/dev/null
mv "$partial" "$target"
trap - EXIT
echo "Backed up $PGDATABASE to $target ($(wc -c <"$target") bytes)"
