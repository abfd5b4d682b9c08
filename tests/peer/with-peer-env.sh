#!/usr/bin/env bash
# with-peer-env.sh STATE_DIR CMD [ARGS…]: runs CMD with the OS_* exports of the real Keystone +
# Glance that `openstack-peer.sh start STATE_DIR` started (the ctest fixture `openstack`).
set -euo pipefail
(($# >= 2)) || { echo "usage: $0 STATE_DIR CMD [ARGS...]" >&2; exit 2; }
state=$1
shift
# The caller's own OpenStack settings (OS_CLOUD, OS_TOKEN, …) must not leak into the tests.
while read -r name; do unset "$name"; done < <(compgen -e | grep '^OS_' || true)
exports=$("$(dirname "$0")/openstack-peer.sh" env "$state")
eval "$exports"
exec "$@"
