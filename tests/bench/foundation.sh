#!/usr/bin/env bash
# Foundation benchmark: prints figures, asserts nothing.
#   tests/bench/foundation.sh [BUILD_DIR] [CASES]
# Creates (once) a profile with CASES demo cases, then prints first paint, search latency and
# RSS after start.
set -euo pipefail
BUILD=${1:-build}
CASES=${2:-100000}
PROFILE=${BENCH_PROFILE:-/tmp/courtdesk-bench-$CASES}
CLI="$BUILD/app/courtdesk-cli"
APP="$BUILD/app/courtdesk"

cmake --build "$BUILD" --target courtdesk courtdesk-cli bench_search >/dev/null

if [ ! -f "$PROFILE/cases.sqlite" ]; then
  echo "creating $CASES demo cases in $PROFILE ..."
  start=$(date +%s.%N)
  "$CLI" demo --profile "$PROFILE" --cases "$CASES" --seed 2026 >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "demo-generation-s %.1f\n", b - a}'
fi
echo "profile-size-mb $(du -sm "$PROFILE" | cut -f1)"

export QT_QPA_PLATFORM=offscreen
echo "== first paint (process start to case list painted), 5 runs"
for i in 1 2 3 4 5; do
  "$APP" --profile "$PROFILE" --no-demo-prompt --quit-after-first-paint | grep first-paint-ms
done

echo "== RSS after start"
"$APP" --profile "$PROFILE" --no-demo-prompt >/dev/null 2>&1 &
pid=$!
sleep 4
echo "rss-after-start-mb $(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)"
kill $pid; wait $pid 2>/dev/null || true

echo "== search latency"
"$BUILD/tests/bench/bench_search" "$PROFILE" 200
