#!/usr/bin/env bash
# Captures imsdesk's profile dialog under Xvfb as a user sees it on a start whose default profile
# has no saved password: tests/screenshot-profiles.sh OUT.png
# Set IMSDESK=path/to/imsdesk to pick a build (default: build/release/app/imsdesk).
set -euo pipefail
out=$(realpath -m "${1:?usage: $0 OUT.png}"); shift
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/packaging/install-deps.sh" screenshot
app=${IMSDESK:-$root/build/release/app/imsdesk}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A throwaway home with one stored profile (no secret): the start opens the dialog on it.
mkdir -p "$home/.config/imsdesk"
cat > "$home/.config/imsdesk/profiles.ini" <<'INI'
[General]
schema_version=1
default_profile=OTC production

[profiles]
OTC%20production\cloud=otc
OTC%20production\region=eu-de
OTC%20production\identity_url=https://iam.eu-de.otc.t-systems.com
OTC%20production\image_url=https://ims.eu-de.otc.t-systems.com
OTC%20production\auth=password
OTC%20production\domain_name=OTC-EU-DE-00000000001000012345
OTC%20production\user_name=alice
OTC%20production\project_name=eu-de_webshop
OTC%20production\colour=#d32f2f
Sandbox\cloud=sandbox
Sandbox\region=eu-west-0
Sandbox\identity_url=http://127.0.0.1:8080
Sandbox\auth=password
Sandbox\domain_name=Default
Sandbox\user_name=admin
Sandbox\project_name=eu-west-0
INI
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
export XDG_RUNTIME_DIR=$home/run XDG_CACHE_HOME=$home/.cache
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
export IMSDESK_SHOT_APP=$app IMSDESK_SHOT_OUT=$out IMSDESK_SHOT_DELAY=${IMSDESK_SHOT_DELAY:-2}
# Its own D-Bus session and unlocked keyring, as on a desktop (tests/with-keyring.sh).
timeout 120 dbus-run-session -- xvfb-run -a -s "-screen 0 1400x860x24" bash -c '
  echo -n "screenshot-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$IMSDESK_SHOT_APP" & app=$!
  window=$(xdotool search --sync --onlyvisible --name "Profiles — imsdesk" | head -n 1)
  sleep "$IMSDESK_SHOT_DELAY"
  import -window "$window" "$IMSDESK_SHOT_OUT"
  kill $app; wait $app || true'
echo "screenshot: $out"
