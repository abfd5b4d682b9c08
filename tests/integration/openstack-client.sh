#!/bin/bash
# A real client against the sandbox: Debian's python3-openstackclient runs token issue, image
# list (more images than its page size of 25, so it follows `next`), show, set --name, add
# project, create with data and delete, with the credentials imsdesk-sandbox exports.
# Usage: openstack-client.sh <path to imsdesk-sandbox>
set -euo pipefail
sandbox=$1
openstack=${OPENSTACK:-/usr/bin/openstack} # Debian's; another python3 may be first on PATH
[ -x "$openstack" ] || { echo "missing $openstack (python3-openstackclient)"; exit 1; }

dir=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

# --help explains every option.
help=$("$sandbox" --help)
for option in --port --seed --images --images-per-region --job-seconds --token-ttl --state --upload-cap --fault; do
    grep -q -- "$option" <<<"$help" || fail "--help does not mention $option"
done

"$sandbox" --images 40 >"$dir/exports" 2>"$dir/stderr" &
pid=$!
for _ in $(seq 100); do grep -q '^# ready$' "$dir/exports" && break; sleep 0.1; done
grep -q '^# ready$' "$dir/exports" || fail "the sandbox did not get ready: $(cat "$dir/stderr")"
[ "$(tail -n1 "$dir/exports")" = "# ready" ] || fail "'# ready' is not the last line"

# Only the sandbox's variables: clear whatever OS_* the caller has.
for v in $(env | grep -o '^OS_[A-Z_]*'); do unset "$v"; done
eval "$(grep '^export ' "$dir/exports")"
for v in OS_AUTH_URL OS_USERNAME OS_PASSWORD OS_PROJECT_NAME OS_USER_DOMAIN_NAME OS_REGION_NAME \
         OS_ACCESS_KEY OS_SECRET_KEY OS_PROJECT_ID OS_IMAGE_ENDPOINT OS_ECS_ENDPOINT \
         OS_MEMBER_USERNAME OS_MEMBER_PASSWORD OS_MEMBER_PROJECT_NAME OS_MEMBER_PROJECT_ID \
         IMSDESK_SANDBOX_ADMIN_TOKEN; do
    [ -n "${!v:-}" ] || fail "$v is not exported"
done

[ "$("$openstack" token issue -f value -c project_id)" = "$OS_PROJECT_ID" ] || fail "token issue"

# 8 public + 10 own + 1 accepted share + 40 bulk images: three pages of 25.
count=$("$openstack" image list -f value -c ID | wc -l)
[ "$count" -eq 59 ] || fail "image list shows $count images, expected 59"

[ "$("$openstack" image show web-frontend-2025 -f value -c status)" = active ] || fail "image show"
"$openstack" image set --name web-renamed web-frontend-2025
[ "$("$openstack" image show web-renamed -f value -c name)" = web-renamed ] || fail "image set --name"

head -c 4096 /dev/urandom >"$dir/disk.raw"
id=$("$openstack" image create --disk-format raw --container-format bare --file "$dir/disk.raw" oc-test -f value -c id)
[ "$("$openstack" image show "$id" -f value -c size)" = 4096 ] || fail "image create --file"
[ "$("$openstack" image show "$id" -f value -c checksum)" = "$(md5sum <"$dir/disk.raw" | cut -d' ' -f1)" ] || fail "checksum"

"$openstack" image add project "$id" "$OS_MEMBER_PROJECT_ID" >/dev/null
member_status=$(env -u OS_PROJECT_ID OS_USERNAME=$OS_MEMBER_USERNAME OS_PASSWORD=$OS_MEMBER_PASSWORD OS_PROJECT_NAME=$OS_MEMBER_PROJECT_NAME \
    "$openstack" image member list "$id" -f value -c Status)
[ "$member_status" = pending ] || fail "image add project: member status '$member_status'"

"$openstack" image delete "$id"
if "$openstack" image show "$id" >/dev/null 2>&1; then fail "image delete"; fi
"$openstack" image delete db-golden 2>/dev/null && fail "a protected image was deleted"

kill -TERM "$pid"
wait "$pid" || fail "the sandbox did not stop cleanly on SIGTERM"
pid=
echo "openstackclient against the sandbox: all checks passed"
