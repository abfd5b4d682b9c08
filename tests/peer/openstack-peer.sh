#!/usr/bin/env bash
# Real Keystone (identity v3) and Glance (image v2) from Debian's packages, on 127.0.0.1 only,
# as plain background processes, for the `peer` tests. Facts behind every setting:
# shared/peers/openstack.md. Everything (config, SQLite databases, keys, image store, logs, pids,
# the generated throwaway passwords) lives under STATE_DIR; /etc/keystone and /etc/glance are
# never read.
#
#   openstack-peer.sh start  STATE_DIR   start both (first start initialises the state), seed the
#                                        test identities, wait until Glance accepts a real token
#   openstack-peer.sh stop   STATE_DIR   stop the processes whose pids this script recorded
#   openstack-peer.sh env    STATE_DIR   print `export OS_…=…` lines for a shell to eval
#   openstack-peer.sh status STATE_DIR   exit 0 when both answer, else 1
#
# IMSDESK_PEER_SIZE_CAP (bytes, default 64 MiB) sets Glance's image_size_cap at start; it is above
# the 50 MB uploads of the imsctl and wizard tests (issue 12) and small enough to test 413 quickly.
set -euo pipefail

PY=/usr/bin/python3   # Debian's interpreter of the OpenStack packages (PATH may have another)
here=$(cd "$(dirname "$0")" && pwd)

usage() { echo "usage: $0 start|stop|env|status STATE_DIR" >&2; exit 2; }
(($# == 2)) || usage
cmd=$1
mkdir -p "$2"
state=$(cd "$2" && pwd)
etc=$state/etc log=$state/log run=$state/run

# A recorded pid counts only while it is still our server: after a reboot the number may belong
# to an unrelated process, which must never be signalled.
ours() {
  local pid=$1 want
  case $2 in keystone) want=uwsgi_python3 ;; glance) want=glance-api ;; esac
  { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -q -e "$want" -e "$state/etc"
}
alive() { [ -s "$run/$1.pid" ] && ours "$(cat "$run/$1.pid")" "$1"; }

log_tails() {   # the logs that say why a start failed, newest lines last
  local f
  local files=(seed keystone glance-api)
  [ -e "$state/initialised" ] || files=(keystone-manage glance-manage "${files[@]}")
  for f in "${files[@]/#/$log/}"; do
    f=$f.log
    [ -s "$f" ] || continue
    echo "----- last lines of $f -----" >&2
    # Only this start's lines (logs are appended to); keystone-manage's harmless exit-time
    # tracebacks would push the real error out of view.
    awk '/^=== openstack-peer start/ { buf = "" } { buf = buf $0 "\n" } END { printf "%s", buf }' "$f" |
      grep -v -e '^Exception ignored in' -e '^Traceback' -e '^  File ' -e "getcurrent'$" |
      tail -n 20 >&2
  done
}

# The servers were started with setsid, so each recorded pid leads its own process group, and that
# group holds exactly the processes this script started (the uwsgi master and its workers, the
# glance parent and its worker): signal the group, so that no worker outlives a master that was
# stopped in the middle of its start-up.
stop_one() {
  local name=$1 pid i
  [ -s "$run/$name.pid" ] || return 0
  pid=$(cat "$run/$name.pid")
  if ours "$pid" "$name" && kill -0 -- "-$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$run/$name.pid"
}

do_stop() {
  stop_one glance & stop_one keystone & wait
  rm -f "$state/env"
}

fail() {
  echo "openstack-peer: $*" >&2
  log_tails
  do_stop
  exit 1
}

# Two free loopback ports. They are picked below the kernel's ephemeral range, where no `port 0`
# listener of another test can land in the seconds between this choice and the servers' bind.
free_ports() {
  "$PY" - <<'EOF'
import random, socket
try:
    low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
except (OSError, ValueError, IndexError):
    low = 32768
found = []
for port in random.sample(range(min(10000, low - 1000), low), 500):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
    found.append(port)
    if len(found) == 2:
        break
if len(found) < 2:  # a crowded range: let the kernel choose
    socks = [socket.socket() for _ in range(2)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    found = [s.getsockname()[1] for s in socks]
print(*found)
EOF
}

wal() { "$PY" -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode=WAL").fetchall()' "$1"; }

write_configs() {
  local kport=$1 gport=$2 cap=$3
  mkdir -p "$etc/keystone" "$etc/glance" "$state/keystone" "$state/glance/images" \
    "$state/glance/staging" "$state/glance/locks" "$log" "$run"
  cat >"$etc/keystone/keystone.conf" <<EOF
[DEFAULT]
log_dir = $log
log_file = keystone.log
[database]
connection = sqlite:///$state/keystone/keystone.sqlite
[fernet_tokens]
key_repository = $state/keystone/fernet-keys
[fernet_receipts]
key_repository = $state/keystone/fernet-keys
[credential]
key_repository = $state/keystone/credential-keys
[identity]
# bcrypt's minimum: a token costs ~50 ms instead of ~0.3 s at the default 12
password_hash_rounds = 4
[token]
provider = fernet
EOF
  # Modelled on Debian's keystone-uwsgi.ini. threads = 1: with more, Keystone's SQLite connection
  # is finalised on another thread and the lock stays held. Connection: close because uwsgi's
  # plain http-socket does not do keep-alive properly.
  cat >"$etc/keystone/uwsgi.ini" <<EOF
[uwsgi]
http-socket = 127.0.0.1:$kport
master = true
processes = 2
threads = 1
lazy-apps = true
die-on-term = true
no-orphans = true
buffer-size = 65535
add-header = Connection: close
wsgi-file = /usr/bin/keystone-wsgi-public
chdir = $state/keystone
EOF
  cp /usr/share/glance-common/glance-api-paste.ini /usr/share/glance-common/schema-image.json \
    "$etc/glance/"
  cat >"$etc/glance/glance-api.conf" <<EOF
[DEFAULT]
bind_host = 127.0.0.1
bind_port = $gport
workers = 1
image_size_cap = $cap
enabled_import_methods = [glance-direct]
node_staging_uri = file://$state/glance/staging
log_file = $log/glance-api.log
use_stderr = false
[database]
connection = sqlite:///$state/glance/glance.sqlite
[glance_store]
stores = file
default_store = file
filesystem_store_datadir = $state/glance/images
[keystone_authtoken]
www_authenticate_uri = http://127.0.0.1:$kport
auth_url = http://127.0.0.1:$kport
auth_type = password
project_name = service
project_domain_name = Default
username = glance
password = $PEER_GLANCE_PASSWORD
user_domain_name = Default
region_name = RegionOne
[oslo_concurrency]
lock_path = $state/glance/locks
[oslo_messaging_notifications]
driver = noop
[paste_deploy]
flavor = keystone
config_file = $etc/glance/glance-api-paste.ini
EOF
  chmod 600 "$etc/glance/glance-api.conf"
}

init_databases() {   # first start only. Each manage command pays ~1.5 s of imports, so the
  # independent steps run side by side: db_sync then bootstrap, the two key repositories, Glance.
  local me group pids=() pid
  me=$(id -un) group=$(id -gn)
  km() { keystone-manage --config-file "$etc/keystone/keystone.conf" "$@" >>"$log/keystone-manage.log" 2>&1; }
  (
    km db_sync
    # bootstrap reads the admin password from the environment, not argv
    OS_BOOTSTRAP_PASSWORD=$PEER_ADMIN_PASSWORD km bootstrap \
      --bootstrap-username admin --bootstrap-project-name admin --bootstrap-role-name admin \
      --bootstrap-region-id RegionOne \
      --bootstrap-admin-url "http://127.0.0.1:$1/v3/" \
      --bootstrap-internal-url "http://127.0.0.1:$1/v3/" \
      --bootstrap-public-url "http://127.0.0.1:$1/v3/"
  ) &
  pids+=($!)
  km fernet_setup --keystone-user "$me" --keystone-group "$group" &
  pids+=($!)
  km credential_setup --keystone-user "$me" --keystone-group "$group" &
  pids+=($!)
  glance-manage --config-file "$etc/glance/glance-api.conf" db_sync \
    >>"$log/glance-manage.log" 2>&1 &
  pids+=($!)
  for pid in "${pids[@]}"; do
    wait "$pid" || fail "setting up the databases or keys failed"
  done
  touch "$state/initialised"
}

# Starts both servers on the given ports, seeds Keystone and waits until Glance accepts a token;
# returns peer_seed.py's status (3: a server exited).
launch() {
  local kport=$1 gport=$2 cap=$3
  # setsid: the servers leave the caller's process group (ctest's), and as this script's
  # background jobs are not group leaders, setsid execs in place, so $! is the server itself.
  # stdout/stderr go to files: ctest waits for every holder of its pipe to exit.
  OS_KEYSTONE_CONFIG_DIR=$etc/keystone setsid uwsgi_python3 --ini "$etc/keystone/uwsgi.ini" \
    </dev/null >>"$log/keystone.log" 2>&1 &
  echo $! >"$run/keystone.pid"
  disown
  setsid /usr/bin/glance-api --config-file "$etc/glance/glance-api.conf" \
    </dev/null >>"$log/glance-api.log" 2>&1 &
  echo $! >"$run/glance.pid"
  disown
  local name pid pgid
  for name in keystone glance; do   # each pid must lead its own group, or stop_one would miss it
    pid=$(cat "$run/$name.pid")
    # /proc/PID/stat: "pid (comm) state ppid pgrp …" (procps' ps is not on every machine)
    pgid=$(cut -d')' -f2 "/proc/$pid/stat" 2>/dev/null | awk '{ print $3 }')
    [ -z "$pgid" ] || [ "$pgid" = "$pid" ] || fail "$name did not start in its own process group"
  done

  PEER_ADMIN_PASSWORD=$PEER_ADMIN_PASSWORD PEER_USER_PASSWORD=$PEER_USER_PASSWORD \
    PEER_MEMBER_PASSWORD=$PEER_MEMBER_PASSWORD PEER_GLANCE_PASSWORD=$PEER_GLANCE_PASSWORD \
    "$PY" "$here/peer_seed.py" --keystone "http://127.0.0.1:$kport" \
    --glance "http://127.0.0.1:$gport" --size-cap "$cap" --env-out "$state/env" \
    --keystone-pid "$(cat "$run/keystone.pid")" --glance-pid "$(cat "$run/glance.pid")" \
    >>"$log/seed.log" 2>&1
}

do_start() {
  if alive keystone && alive glance && [ -s "$state/env" ]; then
    echo "openstack-peer: already running in $state" >&2
    return 0
  fi
  do_stop   # a half-running leftover of a crashed run
  command -v uwsgi_python3 >/dev/null && [ -x /usr/bin/glance-api ] ||
    { echo "openstack-peer: keystone/glance-api/uwsgi-plugin-python3 not installed (packaging/install-deps.sh)" >&2; exit 1; }
  local t0=$SECONDS cap=${IMSDESK_PEER_SIZE_CAP:-67108864} kport gport
  [[ $cap =~ ^[1-9][0-9]*$ ]] || { echo "openstack-peer: IMSDESK_PEER_SIZE_CAP must be a byte count, not '$cap'" >&2; exit 2; }
  umask 077
  mkdir -p "$log" "$run"
  if [ ! -s "$state/secrets" ]; then   # throwaway test passwords, generated once per state dir
    "$PY" -c 'import secrets
for k in ("ADMIN", "USER", "MEMBER", "GLANCE"):
    print(f"PEER_{k}_PASSWORD={secrets.token_urlsafe(18)}")' >"$state/secrets"
  fi
  . "$state/secrets"   # not exported: only the seeding and the configs get them
  local f
  for f in keystone glance-api seed keystone-manage glance-manage; do echo "=== openstack-peer start $(date -u +%FT%TZ)" >>"$log/$f.log"; done
  read -r kport gport < <(free_ports)
  write_configs "$kport" "$gport" "$cap"
  local t_init=$EPOCHREALTIME
  [ -e "$state/initialised" ] || init_databases "$kport"
  t_init=$(awk -v a="$t_init" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  # Without WAL, Keystone's role/domain writes hang 5 s on "database is locked" and uwsgi then
  # drops the connection; set again on every start in case a tool switched it back.
  wal "$state/keystone/keystone.sqlite" >/dev/null
  wal "$state/glance/glance.sqlite" >/dev/null

  local attempt rc=0
  for attempt in 1 2; do
    launch "$kport" "$gport" "$cap" && rc=0 || rc=$?
    # 3: a server exited, e.g. its port was taken after all (glance-api tries to bind for 30 s
    # before it gives up); once more on other ports
    ((rc == 3 && attempt == 1)) || break
    echo "openstack-peer: a server exited during start-up; retrying on other ports" >&2
    do_stop
    read -r kport gport < <(free_ports)
    write_configs "$kport" "$gport" "$cap"
  done
  ((rc == 0)) || fail "seeding or readiness check failed"
  alive keystone && alive glance || fail "a server exited during start"
  echo "openstack-peer: Keystone http://127.0.0.1:$kport, Glance http://127.0.0.1:$gport ready" \
    "in $((SECONDS - t0)) s (database set-up ${t_init} s; $(tail -n 1 "$log/seed.log"))"
}

do_status() {
  alive keystone && alive glance && [ -s "$state/env" ] || return 1
  (
    . "$state/env"
    "$PY" -c 'import sys, urllib.request
for url in sys.argv[1:]:
    urllib.request.urlopen(url, timeout=5).read()' "$OS_AUTH_URL" "$OS_IMAGE_ENDPOINT/healthcheck"
  )
}

case $cmd in
  start) do_start ;;
  stop) do_stop ;;
  env)
    alive keystone && alive glance && [ -s "$state/env" ] ||
      { echo "openstack-peer: not running in $state (run start first)" >&2; exit 1; }
    cat "$state/env" ;;
  status)
    if do_status; then echo "openstack-peer: running in $state"; else echo "openstack-peer: not running in $state"; exit 1; fi ;;
  *) usage ;;
esac
