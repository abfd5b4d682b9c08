#!/usr/bin/env bash
# Installs every Debian package imsdesk needs to build, run and test (Debian 12, as root or via sudo).
# Idempotent and fast when everything is present: apt is only called for what is missing.
# Usage: packaging/install-deps.sh [build|run|test|all|screenshot]   (default: all)
set -euo pipefail

build=(cmake ninja-build g++ pkg-config dpkg-dev help2man
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libsecret-1-0 libxkbcommon-dev libcpp-httplib-dev libyaml-cpp-dev rapidjson-dev clang-format)
# qt6-translations-l10n: Qt's own strings (qtbase_de.qm, qtbase_zh_CN.qm) in German and Chinese;
run=(libqt6svg6 libqt6keychain1 libsecret-1-0 libyaml-cpp0.7 gnome-keyring fonts-dejavu-core
  qt6-translations-l10n)
# Test peers: a real Secret Service, a real X display, real Keystone + Glance and a real client.
test=(xvfb xauth dbus gnome-keyring libsecret-tools keystone glance-api python3-openstackclient python3-glanceclient uwsgi-plugin-python3
  clang-14 libclang-rt-14-dev openssl curl
  qemu-utils xorriso    # tst_diskimage makes real qcow2/vmdk/vhd/vhdx images and an ISO
  lintian desktop-file-utils appstream man-db file xdotool)   # tests/packaging: the .deb, its files

# Only for tests/screenshot.sh (README pictures): a real X display and a way to capture it.
screenshot=(xvfb xauth imagemagick xdotool x11-utils)

case "${1:-all}" in
  build) wanted=("${build[@]}") ;;
  run) wanted=("${build[@]}" "${run[@]}") ;;
  test|all) wanted=("${build[@]}" "${run[@]}" "${test[@]}") ;;
  screenshot) wanted=("${build[@]}" "${run[@]}" "${screenshot[@]}") ;;
  *) echo "usage: $0 [build|run|test|all|screenshot]" >&2; exit 2 ;;
esac
command -v npm >/dev/null || wanted+=(nodejs npm)   # the AK/SK signer test runs the reference signer

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
((${#missing[@]})) || exit 0

sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# keystone and glance would configure databases and start services on :5000 and :9292 on every
# interface; tests/peer runs its own instances on loopback, so the packages configure nothing.
$sudo debconf-set-selections <<'SEL'
keystone keystone/configure_db boolean false
keystone keystone/create-admin-tenant boolean false
keystone keystone/register-endpoint boolean false
glance-common glance/configure_db boolean false
glance-common glance/configure_rabbit boolean false
glance-common glance/configure_ksat boolean false
glance-api glance/configure_api-endpoint boolean false
SEL
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
  $sudo chmod +x /usr/sbin/policy-rc.d
  trap '$sudo rm -f /usr/sbin/policy-rc.d' EXIT
fi
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
