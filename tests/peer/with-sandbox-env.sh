#!/usr/bin/env bash
# with-sandbox-env.sh [--sandbox-arg ARG]… CMD [ARGS…]: starts $IMSDESK_BIN_DIR/sandbox/imsdesk-sandbox
# on a free loopback port, reads its `export` lines up to `# ready`, runs CMD with them and stops
# the sandbox afterwards (CMD's exit status is kept). The same suite thus runs against the
# sandbox and, through with-peer-env.sh, against real Keystone + Glance.
set -euo pipefail
bin=${IMSDESK_BIN_DIR:?IMSDESK_BIN_DIR must name the build directory}/sandbox/imsdesk-sandbox
extra=()
while [ "${1:-}" = --sandbox-arg ]; do
  extra+=("$2")
  shift 2
done
(($# >= 1)) || { echo "usage: $0 [--sandbox-arg ARG]... CMD [ARGS...]" >&2; exit 2; }
[ -x "$bin" ] || { echo "with-sandbox-env: $bin is not built" >&2; exit 1; }

# The caller's own OpenStack settings (OS_CLOUD, OS_TOKEN, …) must not leak into the tests.
while read -r name; do unset "$name"; done < <(compgen -e | grep '^OS_' || true)
out=$(mktemp -d)
: >"$out/stdout"   # exists before the first poll below, whichever process runs first
"$bin" --port 0 "${extra[@]}" </dev/null >"$out/stdout" 2>"$out/stderr" &
pid=$!
cleanup() {
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$out"
}
trap cleanup EXIT

for ((i = 0; i < 300; i++)); do   # 15 s
  grep -qx '# ready' "$out/stdout" && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "with-sandbox-env: imsdesk-sandbox exited before '# ready':" >&2
    cat "$out/stderr" >&2
    exit 1
  fi
  sleep 0.05
done
grep -qx '# ready' "$out/stdout" || { echo "with-sandbox-env: no '# ready' within 15 s" >&2; cat "$out/stderr" >&2; exit 1; }
eval "$(sed -n '/^# ready$/q;/^export [A-Za-z_][A-Za-z0-9_]*=/p' "$out/stdout")"

status=0
"$@" || status=$?
exit "$status"
