#!/usr/bin/env bash
# OCR benchmark: prints figures (speed against sequential tesseract in the same run, CER on the
# dev and held-out sets, Tibetan CER, peak RSS for a 500-page PDF). Asserts nothing.
#   tests/bench/ocr_bench.sh [BUILD_DIR] [ocr_bench.py options, e.g. --parts speed,accuracy]
set -euo pipefail
BUILD=${1:-build}
shift || true
cmake --build "$BUILD" --target courtdesk-cli courtdesk-ocr-worker ocr_devset_gen >/dev/null
exec python3 "$(dirname "$0")/ocr_bench.py" "$BUILD" "$@"
