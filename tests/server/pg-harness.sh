#!/usr/bin/env bash
# Runs a command against a private, throw-away PostgreSQL 15 cluster:
#   pg-harness.sh COMMAND [ARGS...]
# The cluster lives in a temporary folder (owned by postgres when run as root), listens only on
# a Unix socket there (listen_addresses=''), and is stopped and removed when the command ends,
# whether it passes, fails or is interrupted. Missing PostgreSQL binaries fail the test.
# A streaming replica (hot standby) of the cluster runs next to it. Exports to the command:
#   COURTDESK_TEST_DB_URL   postgresql://postgres@/courtdesk_test?host=SOCKETDIR&port=PORT
#   COURTDESK_TEST_DB_REPLICA_URL  the same database on the replica
#   COURTDESK_TEST_PSQL     psql binary; COURTDESK_TEST_PG_HOST / _PG_PORT / _PG_DB for it
set -euo pipefail

PGBIN=${COURTDESK_PG_BIN:-/usr/lib/postgresql/15/bin}
for b in initdb pg_ctl postgres psql createdb pg_basebackup; do
  if [ ! -x "$PGBIN/$b" ]; then
    echo "pg-harness: $PGBIN/$b is missing; install postgresql-15 (packaging/install-deps.sh)" >&2
    exit 1
  fi
done

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Clusters left by a harness that was killed outright (SIGKILL skips the trap): stop them.
for old in /tmp/courtdesk-pg.*; do
  [ -f "$old/harness.pid" ] || continue
  if ! kill -0 "$(cat "$old/harness.pid")" 2>/dev/null; then
    for d in "$old/replica" "$old/data"; do
      [ -d "$d" ] && as_pg "$PGBIN/pg_ctl" -D "$d" -m immediate -w stop >/dev/null 2>&1 || true
    done
    rm -rf "$old"
  fi
done

tmp=$(mktemp -d /tmp/courtdesk-pg.XXXXXX)
echo $$ > "$tmp/harness.pid"
chmod 0755 "$tmp"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$tmp"
fi

cleanup() {
  if [ -d "$tmp/replica" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$tmp/replica" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  as_pg "$PGBIN/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Any port number will do: with no TCP listener it only names the socket in our own folder.
port=$(( 20000 + RANDOM % 20000 ))
as_pg "$PGBIN/initdb" -D "$tmp/data" -A trust -U postgres -E UTF8 --locale=C --no-sync \
  >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }
as_pg "$PGBIN/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$tmp' -p $port -c fsync=off" \
  start >/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
as_pg "$PGBIN/createdb" -h "$tmp" -p "$port" -U postgres courtdesk_test

# A streaming replica of it (hot standby) on the next port, for the read-only server test.
rport=$(( port + 1 ))
as_pg "$PGBIN/pg_basebackup" -h "$tmp" -p "$port" -U postgres -D "$tmp/replica" -R -X stream --checkpoint=fast \
  --no-sync >"$tmp/basebackup.log" 2>&1 || { cat "$tmp/basebackup.log" >&2; exit 1; }
as_pg "$PGBIN/pg_ctl" -D "$tmp/replica" -l "$tmp/replica.log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$tmp' -p $rport -c fsync=off -c hot_standby=on" \
  start >/dev/null || { cat "$tmp/replica.log" >&2; exit 1; }

export COURTDESK_TEST_DB_URL="postgresql://postgres@/courtdesk_test?host=$tmp&port=$port"
export COURTDESK_TEST_DB_REPLICA_URL="postgresql://postgres@/courtdesk_test?host=$tmp&port=$rport"
export COURTDESK_TEST_PSQL="$PGBIN/psql"
export COURTDESK_TEST_PG_HOST="$tmp"
export COURTDESK_TEST_PG_PORT="$port"
export COURTDESK_TEST_PG_DB=courtdesk_test

set +e
"$@"
rc=$?
set -e
if [ $rc -ne 0 ] && [ -f "$tmp/server.log" ]; then
  echo "pg-harness: last lines of the PostgreSQL log:" >&2
  tail -n 20 "$tmp/server.log" >&2
fi
exit $rc
