#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with a throwaway, unlocked gnome-keyring, so that
# QtKeychain talks to a real Secret Service and never to the developer's own keyring.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config
export XDG_RUNTIME_DIR=$home/run
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
  echo -n "throwaway-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' with-keyring "$@"
