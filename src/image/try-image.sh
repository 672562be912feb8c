#!/usr/bin/env bash
# Tries the start of the built image without a container runtime (docs/operations.md "Image"): unpacks the layers of
# target/jib-image.tar into a root file system, reads the image's entrypoint, environment, user and working directory
# from its config, and runs exactly that entrypoint inside the unpacked file system (unshare --root, as the image's
# user, with /proc mounted in a private mount namespace) against a throwaway PostgreSQL 15 cluster of this machine (or SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD if
# set). Then it asks the probe paths of docs/deploy/almenmonitor.yaml on the application port and health and the
# Prometheus scrape on the management port, prints the first log lines, stops the process with SIGTERM (graceful shutdown) and reports.
#
# Needs root (unshare --root), python3 and, without SPRING_DATASOURCE_URL, /usr/lib/postgresql/15/bin.
# Usage: src/image/try-image.sh [target/jib-image.tar]
set -euo pipefail

image="$(readlink -f "${1:-target/jib-image.tar}")"
work="${TRY_IMAGE_DIR:-/tmp/almen-try-image}"
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
pg_port="${PG_PORT:-55439}"
# The image's ports; where they are taken on this machine, TRY_HTTP_PORT/TRY_MANAGEMENT_PORT move them (SERVER_PORT and
# MANAGEMENT_SERVER_PORT, as an operator would).
http_port="${TRY_HTTP_PORT:-8080}"
management_port="${TRY_MANAGEMENT_PORT:-8081}"
rm -rf "$work"
mkdir -p "$work/rootfs" "$work/image"
tar -xf "$image" -C "$work/image"

# The layers in order, then the config the entrypoint comes from.
python3 - "$work" <<'EOF'
import json, os, subprocess, sys
work = sys.argv[1]
manifest = json.load(open(os.path.join(work, "image", "manifest.json")))[0]
for layer in manifest["Layers"]:
    subprocess.run(["tar", "--warning=no-unknown-keyword", "-xf", os.path.join(work, "image", layer), "-C", os.path.join(work, "rootfs")], check=True)
config = json.load(open(os.path.join(work, "image", manifest["Config"])))["config"]
with open(os.path.join(work, "entrypoint"), "w") as f:
    f.write("\0".join(config.get("Entrypoint", []) + (config.get("Cmd") or [])))
with open(os.path.join(work, "env"), "w") as f:
    f.write("\0".join(config.get("Env", [])))
with open(os.path.join(work, "user"), "w") as f:
    f.write(config.get("User", "0:0"))
with open(os.path.join(work, "workdir"), "w") as f:
    f.write(config.get("WorkingDir", "/"))
print("image config: entrypoint", config.get("Entrypoint"), "user", config.get("User"), "workdir",
      config.get("WorkingDir"), "ports", sorted(config.get("ExposedPorts", {})), "env", config.get("Env"))
EOF
# A container runtime gives the process /proc (the loader needs it for $ORIGIN); here a private mount of it.
mkdir -p "$work/rootfs/proc"
user="$(cat "$work/user")"
uid="${user%%:*}"
gid="${user##*:}"
mapfile -d '' entrypoint < "$work/entrypoint"
mapfile -d '' image_env < "$work/env"

started_pg=""
if [[ -z "${SPRING_DATASOURCE_URL:-}" ]]; then
    # A throwaway cluster with the two roles of docs/operations.md "Database" (trust authentication, loopback only).
    mkdir -p "$work/pg" && chown "$uid:$gid" "$work/pg"
    as_pg() { setpriv --reuid="$uid" --regid="$gid" --clear-groups "$@"; }
    as_pg "$pg_bin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 >/dev/null
    as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" \
        -l "$work/pg/log" -w start >/dev/null
    started_pg=1
    "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "create role almen_owner login" \
        -c "create role almen_app login" -c "create database almenmonitor owner almen_owner"
    export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/almenmonitor"
    export SPRING_DATASOURCE_USERNAME=almen_app SPRING_DATASOURCE_PASSWORD=unused
    export SPRING_FLYWAY_USER=almen_owner SPRING_FLYWAY_PASSWORD=unused
fi

cleanup() {
    [[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$started_pg" ]] && setpriv --reuid="$uid" --regid="$gid" --clear-groups \
        "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "running as $uid:$gid in $work/rootfs: ${entrypoint[*]}"
env -i "${image_env[@]}" SPRING_DATASOURCE_URL="$SPRING_DATASOURCE_URL" \
    SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-}" SPRING_DATASOURCE_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}" \
    SPRING_FLYWAY_USER="${SPRING_FLYWAY_USER:-}" SPRING_FLYWAY_PASSWORD="${SPRING_FLYWAY_PASSWORD:-}" \
    SERVER_PORT="$http_port" MANAGEMENT_SERVER_PORT="$management_port" \
    unshare --mount --propagation private /bin/sh -c \
        'r=$1 w=$2 u=$3 g=$4; shift 4; mount -t proc proc "$r/proc" &&
         exec unshare --root="$r" --wd="$w" --setuid "$u" --setgid "$g" "$@"' \
        sh "$work/rootfs" "$(cat "$work/workdir")" "$uid" "$gid" "${entrypoint[@]}" > "$work/app.log" 2>&1 &
app_pid=$!

ready=""
for _ in $(seq 1 120); do
    if curl -fsS http://127.0.0.1:$http_port/readyz >/dev/null 2>&1; then ready=1; break; fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
done
echo "--- first log lines"
head -3 "$work/app.log"
grep -m1 -o '"message":"Demo data[^"]*' "$work/app.log" || true
grep -m1 -o '"message":"Started AlmenmonitorApplication[^"]*' "$work/app.log" || true
if [[ -z "$ready" ]]; then
    echo "--- NOT READY; log tail:"; tail -30 "$work/app.log"; exit 1
fi
echo "--- probes and scrape"
ps -o user=,pid=,args= -p "$app_pid" | cut -c1-160
check() { printf '%-48s %s\n' "$1" "$(curl -s -o /dev/null -w '%{http_code}' "$1")"; }
for path in $(grep -o 'httpGet: {path: /[a-z]*' docs/deploy/almenmonitor.yaml | awk '{print $3}' | sort -u); do
    check "http://127.0.0.1:$http_port$path"
done
check http://127.0.0.1:$management_port/actuator/health/liveness
check http://127.0.0.1:$management_port/actuator/health/readiness
check http://127.0.0.1:$management_port/actuator/prometheus
check http://127.0.0.1:$http_port/actuator/prometheus
curl -s http://127.0.0.1:$management_port/actuator/prometheus | grep -m3 -E '^(jvm_memory_used_bytes|hikaricp_connections_active|almen_)' || true
kill -TERM "$app_pid"
wait "$app_pid" && code=0 || code=$?
app_pid=""
echo "--- stopped with SIGTERM, exit code $code; last log lines"
tail -3 "$work/app.log" | cut -c1-300
