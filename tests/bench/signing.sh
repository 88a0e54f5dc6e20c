#!/usr/bin/env bash
# Signing benchmark: prints figures, asserts nothing.
#   tests/bench/signing.sh [BUILD_DIR] [RUNS] [BATCH]
# For a 10-page judgment: courtdesk-cli sign + verify (the GUI's worker, process start included)
# next to pdfsig -add-signature and pdfsig verification on the same file in the same run, the
# size growth of each, and the throughput of a batch of BATCH (100) documents.
set -euo pipefail
BUILD=${1:-build}
RUNS=${2:-5}
BATCH=${3:-100}
HERE=$(cd "$(dirname "$0")" && pwd)
CLI="$BUILD/app/courtdesk-cli"
CNF="$HERE/../data/signing/openssl-test.cnf"
PW=bench-db-pass

cmake --build "$BUILD" --target courtdesk-cli bench_signing >/dev/null

WORK=$(mktemp -d /tmp/courtdesk-sign-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export CD_PKI_DIR="$WORK/pki" CD_ISSUER=ca QT_QPA_PLATFORM=offscreen
mkdir -p "$CD_PKI_DIR/issued" "$WORK/nss" "$WORK/out"
: > "$CD_PKI_DIR/index.txt"; echo 1000 > "$CD_PKI_DIR/serial"

# Throw-away PKI and NSS database (the same recipe as the tests).
q() { "$@" >/dev/null 2>&1; }
q openssl req -x509 -new -newkey rsa:2048 -nodes -keyout "$CD_PKI_DIR/ca.key" -out "$CD_PKI_DIR/ca.pem" \
  -days 3650 -subj "/CN=CourtDesk Bench Root CA" -utf8 -config "$CNF" -extensions ca_ext
q openssl req -new -newkey rsa:2048 -nodes -keyout "$WORK/judge.key" -out "$WORK/judge.csr" \
  -subj "/CN=马建国/O=甘肃省兰州市中级人民法院" -utf8 -config "$CNF"
q openssl ca -batch -config "$CNF" -in "$WORK/judge.csr" -out "$WORK/judge.pem" -extensions signer_ext -days 365 -notext
q openssl pkcs12 -export -inkey "$WORK/judge.key" -in "$WORK/judge.pem" -certfile "$CD_PKI_DIR/ca.pem" \
  -name judge -out "$WORK/judge.p12" -passout pass:p12
printf '%s' "$PW" > "$WORK/pw"; printf 'p12' > "$WORK/p12pw"
q certutil -N -d "sql:$WORK/nss" -f "$WORK/pw"
q pk12util -i "$WORK/judge.p12" -d "sql:$WORK/nss" -k "$WORK/pw" -w "$WORK/p12pw"
q certutil -A -n "Bench Root" -t "CT,C,C" -i "$CD_PKI_DIR/ca.pem" -a -d "sql:$WORK/nss" -f "$WORK/pw"

"$BUILD/tests/bench/bench_signing" "$WORK"
IN="$WORK/judgment-10p.pdf"
IMG="$WORK/appearance.png"
size() { stat -c %s "$1"; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "input: 10-page judgment, $(size "$IN") bytes; appearance image $(size "$IMG") bytes"
echo "== courtdesk-cli (worker process, seal + name + date on the date line), $RUNS runs"
: > "$WORK/t-sign"; : > "$WORK/t-verify"; : > "$WORK/t-inner"
for i in $(seq "$RUNS"); do
  out="$WORK/out/ours-$i.pdf"
  t0=$(now_ms)
  "$CLI" sign --json --nss-dir "$WORK/nss" --nick judge --password-file "$WORK/pw" --seal "$IMG" \
    --anchor date-line "$IN" "$out" 2>/dev/null > "$WORK/sign.json"
  t1=$(now_ms)
  "$CLI" verify --nss-dir "$WORK/nss" "$out" >/dev/null 2>&1
  t2=$(now_ms)
  echo $((t1 - t0)) >> "$WORK/t-sign"; echo $((t2 - t1)) >> "$WORK/t-verify"
  grep -o '"signMs": [0-9]*' "$WORK/sign.json" | grep -o '[0-9]*$' >> "$WORK/t-inner"
done
OURS="$WORK/out/ours-1.pdf"
echo "ours-sign-ms-median $(median < "$WORK/t-sign") (poppler sign() alone $(median < "$WORK/t-inner"))"
echo "ours-verify-ms-median $(median < "$WORK/t-verify")"
echo "ours-growth-bytes $(( $(size "$OURS") - $(size "$IN") ))"

echo "== pdfsig -add-signature (invisible, system font), $RUNS runs"
: > "$WORK/p-sign"; : > "$WORK/p-verify"
for i in $(seq "$RUNS"); do
  out="$WORK/out/pdfsig-$i.pdf"
  t0=$(now_ms)
  pdfsig -nssdir "sql:$WORK/nss" -nss-pwd "$PW" -add-signature -nick judge "$IN" "$out" >/dev/null 2>&1
  t1=$(now_ms)
  pdfsig -nssdir "sql:$WORK/nss" "$out" >/dev/null 2>&1
  t2=$(now_ms)
  echo $((t1 - t0)) >> "$WORK/p-sign"; echo $((t2 - t1)) >> "$WORK/p-verify"
done
echo "pdfsig-sign-ms-median $(median < "$WORK/p-sign")"
echo "pdfsig-verify-ms-median $(median < "$WORK/p-verify")"
echo "pdfsig-growth-bytes $(( $(size "$WORK/out/pdfsig-1.pdf") - $(size "$IN") ))"
echo "cross-check: pdfsig on ours: $(pdfsig -nssdir "sql:$WORK/nss" "$OURS" 2>/dev/null | grep -c 'Signature is Valid') valid;" \
     "ours on pdfsig's: exit $("$CLI" verify --nss-dir "$WORK/nss" "$WORK/out/pdfsig-1.pdf" >/dev/null 2>&1; echo $?)"

sign_one() { # IN OUT
  "$CLI" sign --json --nss-dir "$WORK/nss" --nick judge --password-file "$WORK/pw" --seal "$IMG" \
    --anchor date-line "$1" "$2" >/dev/null 2>&1
}
mkdir -p "$WORK/batch"
for i in $(seq "$BATCH"); do cp "$IN" "$WORK/batch/doc-$i.pdf"; done
for workers in 1 2; do
  echo "== batch of $BATCH documents, one worker process each, $workers at a time" \
       "(the batch dialog runs min(2, cores))"
  rm -rf "$WORK/batch-out"; mkdir -p "$WORK/batch-out"
  export -f sign_one; export CLI WORK IMG
  t0=$(now_ms)
  seq "$BATCH" | xargs -P "$workers" -I{} bash -c 'sign_one "$WORK/batch/doc-{}.pdf" "$WORK/batch-out/doc-{}.pdf"'
  t1=$(now_ms)
  ok=$(ls "$WORK/batch-out" | wc -l)
  awk -v n="$ok" -v ms=$((t1 - t0)) -v w="$workers" \
    'BEGIN {printf "batch-%d-workers signed %d in %.1f s: %.1f documents/s\n", w, n, ms/1000, n*1000/ms}'
done
