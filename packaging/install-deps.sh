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
  # SQLite with FTS5; ICU for the case list's pinyin sort keys
  libsqlite3-dev sqlite3 libicu-dev
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
  # document drafting: ZIP packages of ODT/DOCX exports; PDF checks in the tests (poppler-utils)
  zlib1g-dev
  # case intelligence dashboard (ui/intel): Qt Charts
  qt6-charts-dev libqt6opengl6-dev
  # internet hearings: the judge's window (QtWebEngine + QtWebChannel), the Janus SFU and its
  # recording converter, Debian's janus.js/adapter.js for the page, Chromium for the party in
  # the tests (Firefox ESR for a second party); iproute2 for the launcher's interface discovery
  qt6-webengine-dev qt6-webchannel-dev janus janus-tools libjs-janus-gateway
  libjs-webrtc-adapter chromium firefox-esr iproute2
  # sync server (server/, protocol/): HTTP(S), JSON, Argon2id and tokens, PostgreSQL backend and
  # the private PostgreSQL cluster its tests start (initdb, pg_ctl, psql)
  libcpp-httplib-dev nlohmann-json3-dev libsodium-dev libssl-dev libpq-dev postgresql
  # sync benchmark (tests/bench/sync.sh): rsync over loopback as the yardstick; ip netns + tc
  rsync iproute2
)

# 仿宋 for court documents (PLATFORM.md): FandolFang and its Song/Hei/Kai siblings (GPL with the
# font exception) from texlive-lang-chinese, unpacked without installing TeX Live (a 49 MB
# download, once). Without them documents fall back to Noto Serif CJK SC.
install_fandol() {
  local dir=/usr/local/share/fonts/fandol
  local tex=/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
  if [ -f "$dir/FandolFang-Regular.otf" ] || [ -f "$tex/FandolFang-Regular.otf" ]; then
    return 0
  fi
  local sudo=
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  local tmp
  tmp=$(mktemp -d)
  (cd "$tmp" && { apt-get download texlive-lang-chinese >/dev/null 2>&1 ||
                  { $sudo apt-get update -qq && apt-get download texlive-lang-chinese >/dev/null; }; } &&
   dpkg-deb -x texlive-lang-chinese_*.deb x) || { rm -rf "$tmp"; return 1; }
  $sudo mkdir -p "$dir"
  $sudo cp "$tmp"/x$tex/Fandol{Fang-Regular,Song-Regular,Song-Bold,Hei-Regular,Kai-Regular}.otf "$dir"/
  $sudo cp "$tmp"/x/usr/share/doc/texlive-doc/fonts/fandol/{README,COPYING.gz} "$dir"/ 2>/dev/null || true
  rm -rf "$tmp"
  if command -v fc-cache >/dev/null; then $sudo fc-cache -f "$dir" >/dev/null; fi
  echo "install-deps: installed FandolFang (仿宋) and siblings in $dir"
}
install_fandol || echo "install-deps: FandolFang not installed; documents use Noto Serif CJK SC" >&2

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
