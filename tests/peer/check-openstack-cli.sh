#!/usr/bin/env bash
# Debian's python3-openstackclient, with nothing but the harness's exports, gets a token, finds
# the image endpoint in the catalog and lists images: the exports are complete for a real client.
set -euo pipefail
cli=/usr/bin/openstack
"$cli" token issue -f value -c expires >/dev/null
catalog=$("$cli" catalog list -f value -c Type)
grep -qx image <<<"$catalog" || { echo "no image endpoint in the catalog: $catalog" >&2; exit 1; }
"$cli" image list -f value -c ID >/dev/null
echo "openstack CLI: token, catalog with image endpoint, image list OK"
