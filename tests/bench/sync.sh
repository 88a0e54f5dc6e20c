#!/usr/bin/env bash
# Sync benchmark: prints figures, asserts nothing.
#   tests/bench/sync.sh [BUILD_DIR] [CASES] [BLOB_MB]
# 1. Initial sync of CASES demo cases plus BLOB_MB of evidence originals (5 MiB files) from one
#    desk to courtdesk-server over loopback, then a second desk's initial download; in the same
#    run, rsync of the same profile folder to an rsync daemon on loopback as the yardstick.
# 2. A one-field change: bytes on the wire (loopback interface counters) and time.
# 3. The same over a 64 kbit/s link: a network namespace whose loopback is throttled with
#    tc tbf (server and desk both inside it); skipped with the reason if not allowed.
# Wire bytes come from interface counters (lo, or the namespace's lo): other traffic on the
# host's loopback during the run counts too.
set -euo pipefail
BUILD=${1:-build}
CASES=${2:-10000}
BLOB_MB=${3:-500}
CLI="$BUILD/app/courtdesk-cli"
SERVER="$BUILD/server/courtdesk-server"
EDIT="$BUILD/tests/bench/bench_sync_edit"
COURT=甘0102
W=$(mktemp -d /tmp/courtdesk-syncbench.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  # Servers are started inside $(...): their pids come back through files.
  for f in "$W"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
  ip netns del cdsyncbench 2>/dev/null || true
  rm -rf "$W"
}
trap cleanup EXIT

cmake --build "$BUILD" --target courtdesk-cli courtdesk-server bench_sync_edit >/dev/null

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b - a}'; }
lo_bytes() { cat /sys/class/net/lo/statistics/tx_bytes; }
json() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['$2'])" "$1"; }

start_server() { # DATA_DIR [netns] -> prints port; pid in DATA_DIR.pid
  local data=$1 ns=${2:-}
  local out="$data.out"
  if [ -n "$ns" ]; then
    ip netns exec "$ns" "$SERVER" --data "$data" --listen 127.0.0.1:0 >"$out" 2>"$data.log" &
  else
    "$SERVER" --data "$data" --listen 127.0.0.1:0 >"$out" 2>"$data.log" &
  fi
  echo $! >"$data.pid"
  for _ in $(seq 100); do
    if grep -q "listening on" "$out" 2>/dev/null; then
      sed -n 's/.*listening on .*:\([0-9]*\).*/\1/p' "$out" | head -1
      return 0
    fi
    sleep 0.1
  done
  echo "server did not start" >&2
  return 1
}

echo "== setup: $CASES demo cases, $BLOB_MB MB of originals"
printf 'bench-password-1' >"$W/pw"
"$CLI" demo --profile "$W/desk1" --cases "$CASES" --seed 2026 --court "$COURT" >/dev/null
mkdir -p "$W/desk1/evidence"
nblobs=$((BLOB_MB / 5))
sql="BEGIN;"
for i in $(seq 1 "$nblobs"); do
  head -c $((5 * 1024 * 1024)) /dev/urandom >"$W/blob"
  sha=$(sha256sum "$W/blob" | cut -c1-64)
  mv "$W/blob" "$W/desk1/evidence/$sha"
  sql+="INSERT INTO evidence(case_id, title, file_name, media_type, sha256, size_bytes, created_at)
        SELECT id, '证据$i', 'scan$i.pdf', 'application/pdf', '$sha', $((5 * 1024 * 1024)),
               '2026-11-28T08:00:00.000Z' FROM cases ORDER BY id LIMIT 1 OFFSET $((i - 1));"
done
sql+="COMMIT;"
sqlite3 "$W/desk1/cases.sqlite" "$sql"
echo "profile-size-mb $(du -sm "$W/desk1" | cut -f1)"
"$SERVER" --data "$W/srv" user add --court "$COURT" --role judge --name bench \
  --password-file "$W/pw" >/dev/null
PORT=$(start_server "$W/srv")
URL="http://127.0.0.1:$PORT"

echo "== initial sync over loopback (push of $CASES cases and $nblobs files)"
b0=$(lo_bytes); t0=$(now)
r=$("$CLI" sync --profile "$W/desk1" --server "$URL" --user bench --password-file "$W/pw" --json)
t1=$(now); b1=$(lo_bytes)
echo "sync-initial-push-s $(secs "$t0" "$t1")"
echo "sync-initial-push-wire-bytes $((b1 - b0))"
echo "sync-initial-push-summary $r"

echo "== second desk: initial download"
b0=$(lo_bytes); t0=$(now)
r=$("$CLI" sync --profile "$W/desk2" --server "$URL" --user bench --password-file "$W/pw" --json)
t1=$(now); b1=$(lo_bytes)
echo "sync-initial-pull-s $(secs "$t0" "$t1")"
echo "sync-initial-pull-wire-bytes $((b1 - b0))"
echo "sync-initial-pull-summary $r"

echo "== rsync of the same profile folder to an rsync daemon on loopback"
mkdir -p "$W/rsyncdst"
cat >"$W/rsyncd.conf" <<CONF
use chroot = no
uid = $(id -u)
gid = $(id -g)
[bench]
  path = $W/rsyncdst
  read only = no
CONF
RPORT=$((20000 + RANDOM % 20000))
rsync --daemon --no-detach --config="$W/rsyncd.conf" --port="$RPORT" --address=127.0.0.1 &
PIDS+=($!)
sleep 0.5
b0=$(lo_bytes); t0=$(now)
stats=$(rsync -a --stats "$W/desk1/" "rsync://127.0.0.1:$RPORT/bench/")
t1=$(now); b1=$(lo_bytes)
echo "rsync-initial-s $(secs "$t0" "$t1")"
echo "rsync-initial-wire-bytes $((b1 - b0))"
echo "$stats" | grep -E "Total bytes (sent|received)" | sed 's/^/rsync-initial: /'

echo "== one-field change"
"$EDIT" "$W/desk1" >/dev/null
b0=$(lo_bytes); t0=$(now)
r=$("$CLI" sync --profile "$W/desk1" --server "$URL" --user bench --password-file "$W/pw" --json)
t1=$(now); b1=$(lo_bytes)
echo "sync-one-field-s $(secs "$t0" "$t1")"
echo "sync-one-field-wire-bytes $((b1 - b0)) (both directions, TCP/IP headers included)"
echo "sync-one-field-payload-bytes sent $(json "$r" bytes_sent) received $(json "$r" bytes_received)"
sqlite3 "$W/desk1/cases.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
b0=$(lo_bytes); t0=$(now)
stats=$(rsync -a --stats "$W/desk1/" "rsync://127.0.0.1:$RPORT/bench/")
t1=$(now); b1=$(lo_bytes)
echo "rsync-one-field-s $(secs "$t0" "$t1")"
echo "rsync-one-field-wire-bytes $((b1 - b0))"

echo "== 64 kbit/s link (network namespace, tc tbf on its loopback)"
if ip netns add cdsyncbench 2>/dev/null &&
   ip netns exec cdsyncbench ip link set lo mtu 1500 up &&
   ip netns exec cdsyncbench tc qdisc add dev lo root tbf rate 64kbit burst 4kb latency 5s; then
  "$CLI" demo --profile "$W/slow1" --cases 100 --seed 7 --court 甘0103 >/dev/null
  "$SERVER" --data "$W/slowsrv" user add --court 甘0103 --role judge --name slow \
    --password-file "$W/pw" >/dev/null
  SPORT=$(start_server "$W/slowsrv" cdsyncbench)
  nsb() { ip netns exec cdsyncbench cat /sys/class/net/lo/statistics/tx_bytes; }
  SURL="http://127.0.0.1:$SPORT"
  b0=$(nsb); t0=$(now)
  r=$(ip netns exec cdsyncbench "$CLI" sync --profile "$W/slow1" --server "$SURL" --user slow \
        --password-file "$W/pw" --json)
  t1=$(now); b1=$(nsb)
  echo "slow-initial-100-cases-s $(secs "$t0" "$t1") wire-bytes $((b1 - b0))"
  "$EDIT" "$W/slow1" >/dev/null
  b0=$(nsb); t0=$(now)
  r=$(ip netns exec cdsyncbench "$CLI" sync --profile "$W/slow1" --server "$SURL" --user slow \
        --password-file "$W/pw" --json)
  t1=$(now); b1=$(nsb)
  echo "slow-one-field-s $(secs "$t0" "$t1") wire-bytes $((b1 - b0))"
else
  echo "skipped: cannot create a network namespace with tc here ($(id -un); need CAP_NET_ADMIN)"
fi
