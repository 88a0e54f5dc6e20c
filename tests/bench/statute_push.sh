#!/usr/bin/env bash
# Statute push quality: the charge-defining article at rank 1 (top-1) and within the first five
# (top-5) on every set in tests/data/intel: dev and dev2 (tuned on), heldout and heldout2 (written
# unseen, later tuned on), heldout3 (written before the contrast rules; a regression check since),
# heldout4 (written blind by someone who had not seen the rules, then tuned on in the push2
# session), heldout5 (written blind, then tuned on in the push3 session), heldout6 (written
# blind, then tuned on in the push4 session), heldout7 (written blind, measured, then tuned on
# in the push5 session), heldout8 (written blind with a realistic docket mix, measured on
# arrival, then tuned on), heldout9 and heldout10 (written blind, never tuned on), each
# skipped while its file does not exist, with
# the number of cases and distinct charges of each, next to a plain
# character-bigram BM25 over the articles of the Criminal Law's specific part. Prints figures
# and timings; asserts nothing.
#   tests/bench/statute_push.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
cli=$build/app/courtdesk-cli
[ -x "$cli" ] || { echo "statute_push.sh: $cli not built" >&2; exit 2; }
data=$here/../data/intel
export COURTDESK_STATUTES_DB=${COURTDESK_STATUTES_DB:-$build/test-output/statutes.sqlite}
mkdir -p "$(dirname "$COURTDESK_STATUTES_DB")"
export QT_LOGGING_RULES="courtdesk.*.info=false"
for set in dev heldout dev2 heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 \
  heldout10; do
  file=$data/statute_push_$set.tsv
  [ -f "$file" ] || { printf '%-9s (no %s yet, skipped)\n' "$set" "$(basename "$file")"; continue; }
  start=$(date +%s.%N)
  printf '%-9s charges %3d  ' "$set" "$(grep -v '^#' "$file" | cut -f1 | sort -u | grep -c .)"
  "$cli" statutes eval "$file" --date 2024-06-01
  end=$(date +%s.%N)
  printf '          (%.2f s including library load)\n' "$(echo "$end - $start" | bc)"
done
# One CLI call end to end, as a user would run it.
start=$(date +%s.%N)
echo "公诉机关指控，被告人于2023年5月在某商场趁店员不备窃取手机一部，价值4800元。" |
  "$cli" statutes suggest --top 5 --json --date 2024-06-01 >/dev/null
end=$(date +%s.%N)
printf 'one suggest call: %.2f s\n' "$(echo "$end - $start" | bc)"
