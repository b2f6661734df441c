#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server (Debian's package) for the tests and exports
# IPTV_BRIDGE_TEST_POSTGRES_URL. Used by .ci/run when the build runs as root.
set -euo pipefail

PG_PORT="${IPTV_BRIDGE_CI_PG_PORT:-55432}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing PostgreSQL for the tests..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
PG_BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
PG_DATA=$(mktemp -d /tmp/iptv-bridge-ci-pg.XXXXXX)
chown postgres:postgres "$PG_DATA"
runuser -u postgres -- "$PG_BIN/initdb" -A trust -U postgres -D "$PG_DATA" -E UTF-8 >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
  -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null
trap 'runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true' EXIT

export IPTV_BRIDGE_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
export IPTV_BRIDGE_TEST_POSTGRES_USER=postgres
export IPTV_BRIDGE_TEST_POSTGRES_PASSWORD=
echo "tests use the PostgreSQL server at $IPTV_BRIDGE_TEST_POSTGRES_URL"
