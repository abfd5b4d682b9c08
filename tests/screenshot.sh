#!/usr/bin/env bash
# Captures imsdesk's main window under Xvfb: tests/screenshot.sh OUT.png [imsdesk arguments…]
# Set IMSDESK=path/to/imsdesk to pick a build (default: build/release/app/imsdesk).
set -euo pipefail
out=$(realpath -m "${1:?usage: $0 OUT.png [imsdesk arguments…]}"); shift
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/packaging/install-deps.sh" screenshot
app=${IMSDESK:-$root/build/release/app/imsdesk}
export IMSDESK_SHOT_APP=$app IMSDESK_SHOT_OUT=$out IMSDESK_SHOT_DELAY=${IMSDESK_SHOT_DELAY:-2}
timeout 120 xvfb-run -a -s "-screen 0 1400x860x24" bash -c '
  "$IMSDESK_SHOT_APP" "$@" & app=$!
  window=$(xdotool search --sync --onlyvisible --class imsdesk | head -n 1)
  sleep "$IMSDESK_SHOT_DELAY"
  import -window "$window" "$IMSDESK_SHOT_OUT"
  kill $app; wait $app || true' shot "$@"
echo "screenshot: $out"
