#!/usr/bin/env bash
# Internet hearing benchmark: prints figures, asserts nothing.
#   tests/bench/hearing.sh [BUILD_DIR] [SECONDS]
# For a hearing with 2 and then 4 parties (headless Chromium, fake camera and microphone) and
# the judge (the app's QtWebEngine window, offscreen) on a private Janus: time until everybody
# receives everybody's video, the first remote frame per page, and CPU and memory (PSS) of each
# participant's process tree while the call runs.
set -euo pipefail
BUILD=${1:-build}
SECONDS_RUN=${2:-10}
cmake --build "$BUILD" --target bench_hearing >/dev/null
export QT_QPA_PLATFORM=offscreen
echo "host: $(nproc) cores, $(free -m | awk '/Mem:/{print $2}') MB"
for n in 2 4; do
  echo "== $n parties + judge =="
  "$BUILD/tests/bench/bench_hearing" "$n" "$SECONDS_RUN" 2>/dev/null || echo "(run failed: exit $?)"
done
