#!/usr/bin/env bash
# Installs every Debian 12 package CourtDesk needs to build, run and test.
# Idempotent: apt-get update runs only when something is missing.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format dpkg-dev file
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libgl-dev
  # SQLite with FTS5
  libsqlite3-dev sqlite3
  # fonts: Chinese and Tibetan UI
  fonts-noto-cjk fonts-noto-core
  # headless UI tests and screenshots
  xvfb xauth
  # desktop integration checks
  appstream desktop-file-utils
  # PDF signing (poppler-qt6 + NSS), signing tests (openssl, certutil/pk12util, pdfsig/pdftoppm)
  libpoppler-qt6-dev poppler-utils libnss3-dev libnss3-tools openssl
  # OCR and evidence intake: Tesseract 5 + Leptonica, language data, PDF rendering, dev-set fonts
  tesseract-ocr libtesseract-dev libleptonica-dev tesseract-ocr-eng tesseract-ocr-chi-sim
  tesseract-ocr-chi-sim-vert tesseract-ocr-bod fonts-arphic-uming fonts-arphic-ukai
  fonts-tibetan-machine
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
