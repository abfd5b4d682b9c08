#!/usr/bin/env bash
# The real accessibility bus, as Orca reads it: imsdesk --sandbox on its own X display and D-Bus
# session (the AT-SPI bus is activated in it), and pyatspi looking for the image table's and the
# search field's names (atspi_names.py). Usage: atspi-check.sh <imsdesk binary>
set -euo pipefail
imsdesk=$1
here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A home and runtime dir of its own: no settings, no single-instance socket of another run.
export HOME=$home XDG_RUNTIME_DIR=$home QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
exec xvfb-run -a dbus-run-session -- bash -c '
  "$1" --sandbox >"$HOME/imsdesk.log" 2>&1 & app=$!
  /usr/bin/python3 "$2" 60; status=$?
  kill "$app"; wait "$app" || true
  [ "$status" -eq 0 ] || cat "$HOME/imsdesk.log" >&2
  exit "$status"' atspi-check "$imsdesk" "$here/atspi_names.py"
