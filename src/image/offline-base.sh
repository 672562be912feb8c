#!/usr/bin/env bash
# Builds a local stand-in for the image's base (eclipse-temurin:17-jre) where no registry is reachable, as a
# `docker save`-format tar that Jib reads with -Djib.from.image=tar://<file> (docs/operations.md "Image").
#
# The one layer holds a Java 17 runtime made by jlink from this machine's JDK at /opt/java/openjdk (where the Temurin
# images have theirs), the shared libraries it links against, /etc/passwd and /etc/group with the image's user
# 1000 ("almen"), /etc/hosts and a world-writable /tmp. Nothing else: no shell, no package manager. It is for trying
# the build and the start here, not for production, where the base comes from the registry.
#
# Usage: src/image/offline-base.sh [target/offline-base.tar]
set -euo pipefail

out="${1:-target/offline-base.tar}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/opt/java" "$root/etc" "$root/tmp" "$(dirname "$out")"

modules="$(ls "$java_home/jmods" | sed -n 's/\.jmod$//p' | grep -v '^jdk\.incubator\.' | paste -sd, -)"
"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --output "$root/opt/java/openjdk"
rm -rf "$root/opt/java/openjdk/jmods"

# Every shared library the runtime needs, at the path the dynamic loader looks for it.
find "$root/opt/java/openjdk" -type f \( -name '*.so' -o -perm -u+x \) -print0 \
    | xargs -0 ldd 2>/dev/null \
    | grep -o '/[^ ]*\.so[^ ]*' | sort -u \
    | while read -r lib; do
        [[ "$lib" == "$root"* ]] && continue
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
      done

printf 'root:x:0:0:root:/root:/sbin/nologin\nalmen:x:1000:1000:almen:/tmp:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nalmen:x:1000:\n' > "$root/etc/group"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$root/etc/hosts"
chmod 1777 "$root/tmp"

tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='1970-01-01 00:00:01Z' -C "$root" -cf "$work/layer.tar" .
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
cat > "$work/config.json" <<EOF
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/bin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
EOF
printf '[{"Config":"config.json","RepoTags":["almenmonitor-offline-base:17"],"Layers":["layer.tar"]}]\n' \
    > "$work/manifest.json"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out: $(du -h "$out" | cut -f1), runtime $("$root/opt/java/openjdk/bin/java" -version 2>&1 | head -1)"
