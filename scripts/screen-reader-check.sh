#!/usr/bin/env bash
# Checks what a screen reader sees: starts the real program under Xvfb with the AT-SPI
# accessibility bus on, and lists every button, checkbox, radio button, link and field
# that has no name (there should be none). Debian packages: xvfb at-spi2-core
# python3-pyatspi dbus-x11. Usage: scripts/screen-reader-check.sh [path/to/rutineveileder]
set -euo pipefail
bin=${1:-${CARGO_TARGET_DIR:-target}/debug/rutineveileder}
here=$(cd "$(dirname "$0")" && pwd)
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
home=$(mktemp -d)
Xvfb :97 -screen 0 1280x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1
dbus-run-session -- bash -c "
  export DISPLAY=:97
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  sleep 2
  dbus-send --session --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
    string:org.a11y.Status string:IsEnabled variant:boolean:true
  HOME='$home' '$bin' >/dev/null 2>&1 &
  app=\$!
  sleep 8
  /usr/bin/python3 '$here/atspi_names.py'
  status=\$?
  kill \$app
  exit \$status
"
