#!/usr/bin/env bash
# CourtDesk developer entry point. The README's two commands:
#   ./dev.sh app    install what is missing, build, start the app on the default local profile
#   ./dev.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
cd "$(dirname "$0")"

JOBS=${JOBS:-$(nproc)}

configure() {
  bash packaging/install-deps.sh
  cmake --preset default >/dev/null
}

setup() {
  configure
  cmake --build --preset default -j"$JOBS"
}

run_app() {
  setup
  export QTWEBENGINE_DISABLE_SANDBOX=1
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "dev.sh: no display found; starting CourtDesk inside a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/courtdesk "$@"
  fi
  exec build/app/courtdesk "$@"
}

run_tests() {
  configure
  echo "== clang-format check"
  cmake --build build --target format-check
  cmake --build --preset default -j"$JOBS"

  echo "== desktop integration files"
  desktop-file-validate build/packaging/*.desktop
  appstreamcli validate --no-net --pedantic build/packaging/*.metainfo.xml || \
    appstreamcli validate --no-net build/packaging/*.metainfo.xml

  echo "== ASan/UBSan build of core and its tests"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j"$JOBS" --target core-tests

  echo "== .deb package"
  (cd build && cpack -G DEB >/dev/null)
  deb=$(ls build/courtdesk_*.deb | head -n1)
  dpkg-deb -c "$deb" > build/deb-contents.txt
  for f in usr/bin/courtdesk usr/bin/courtdesk-cli usr/share/applications/cn.courtdesk.CourtDesk.desktop \
           usr/share/metainfo/cn.courtdesk.CourtDesk.metainfo.xml usr/bin/courtdesk-server \
           usr/lib/systemd/system/courtdesk-server.service etc/courtdesk-server/server.conf; do
    grep -q "$f" build/deb-contents.txt || { echo "missing from $deb: $f"; exit 1; }
  done
  grep -q "\.qm" build/deb-contents.txt || { echo "missing translations in $deb"; exit 1; }
  echo "package ok: $deb"

  echo "== core tests under ASan/UBSan"
  ctest --preset asan -j"$JOBS"

  echo "== full test suite"
  ctest --preset default -j"$JOBS"
}

case "${1:-}" in
  app) shift; run_app "$@" ;;
  test) shift; run_tests "$@" ;;
  *) echo "usage: ./dev.sh app [courtdesk options] | ./dev.sh test" >&2; exit 2 ;;
esac
