#!/usr/bin/env bash
# The Debian package as a user gets it, one step per ctest test (label `packaging`):
#   check-package.sh build     BUILD_DIR   cpack -G DEB, then the .deb unpacked for the checks
#   check-package.sh lintian   BUILD_DIR   lintian: no error, no warning
#   check-package.sh desktop   BUILD_DIR   desktop-file-validate on the packaged desktop entry
#   check-package.sh metainfo  BUILD_DIR   appstreamcli on the packaged metainfo (and the tree)
#   check-package.sh manpages  BUILD_DIR   man --warnings on each packaged page, FILES/ENVIRONMENT
#   check-package.sh install   BUILD_DIR   apt installs it; /usr/bin/imsdesk starts; then removed
# Every checker's output is printed, and any output of theirs but a success line fails the step.
set -euo pipefail
step=${1:?usage: $0 build|lintian|desktop|metainfo|manpages|install BUILD_DIR}
build=$(realpath "${2:?usage: $0 STEP BUILD_DIR}")
here=$(cd "$(dirname "$0")" && pwd)
work=$build/package-check
root=$work/root

deb() {
  local debs=("$build"/imsdesk_*.deb)
  [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "no single imsdesk_*.deb in $build" >&2; exit 1; }
  echo "${debs[0]}"
}

# Runs a checker; its output must be empty (or only the lines matching $2).
quiet() {
  local allowed=$1; shift
  local out status=0
  out=$("$@" 2>&1) || status=$?
  printf '%s\n' "$out"
  if [ $status -ne 0 ] || printf '%s\n' "$out" | grep -v -E -e "$allowed" | grep -q .; then
    echo "FAILED: $* (exit $status)" >&2
    return 1
  fi
}

case "$step" in
build)
  rm -f "$build"/imsdesk_*.deb
  rm -rf "$work"
  (cd "$build" && cpack -G DEB)
  mkdir -p "$root"
  dpkg-deb -x "$(deb)" "$root"
  dpkg-deb --info "$(deb)"
  dpkg-deb --contents "$(deb)"
  # What is loaded at run time, invisible to dpkg-shlibdeps: a Secret Service, a CJK font.
  recommends=$(dpkg-deb --field "$(deb)" Recommends)
  for wanted in gnome-keyring fonts-wqy-microhei; do
    [[ $recommends == *"$wanted"* ]] || { echo "Recommends lacks $wanted: $recommends" >&2; exit 1; }
  done
  ;;
lintian)
  # --fail-on: errors and warnings fail; infos and pedantic hints are printed, not counted.
  lintian --fail-on error,warning --tag-display-limit 0 "$(deb)"
  echo "lintian: $(lintian "$(deb)" | grep -c '^[EW]:' || true) errors and warnings"
  ;;
desktop)
  for f in "$root"/usr/share/applications/*.desktop; do
    echo "desktop-file-validate $f"
    quiet '^$' desktop-file-validate "$f"
  done
  ;;
metainfo)
  for f in "$root"/usr/share/metainfo/*.metainfo.xml; do
    # --no-net: the screenshots and URLs are the repository's, not reachable from every builder.
    quiet '^$|Validation was successful' appstreamcli validate --no-net "$f"
  done
  # The metainfo, desktop entry and icon together, as a software centre reads them.
  quiet '^$|Validation was successful' appstreamcli validate-tree --no-net "$root"
  ;;
manpages)
  for program in imsdesk imsctl imsdesk-sandbox; do
    page=$root/usr/share/man/man1/$program.1.gz
    echo "man --warnings -l $page"
    quiet '^$' bash -c 'man --warnings -l "$1" >/dev/null' man "$page"
    for section in NAME SYNOPSIS DESCRIPTION FILES ENVIRONMENT 'SEE ALSO'; do
      zcat "$page" | grep -q "^\.SH \"\?$section\"\?\$" ||
        { echo "$page has no $section section" >&2; exit 1; }
    done
  done
  ;;
install)
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  package=$(deb)
  trap '$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq imsdesk >/dev/null' EXIT
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package"
  dpkg-query -W -f='${Package} ${Version} ${Status}\n' imsdesk
  # --version with no display at all.
  version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/imsdesk --version)
  echo "$version"
  [ "$version" = "imsdesk $(dpkg-query -W -f='${Version}' imsdesk | sed 's/-[^-]*$//')" ]
  # A short start on the sandbox under Xvfb, in a throwaway home and keyring: the window comes
  # up, and SIGTERM ends imsdesk with exit status 0.
  env -u QT_QPA_PLATFORM timeout 120 bash "$here/../with-keyring.sh" xvfb-run -a bash -c '
    /usr/bin/imsdesk --sandbox & app=$!
    timeout 60 xdotool search --sync --onlyvisible --class imsdesk >/dev/null ||
      { echo "no imsdesk window" >&2; kill -KILL $app; exit 1; }
    kill -TERM $app
    status=0; wait $app || status=$?
    echo "imsdesk --sandbox: window shown, exit status $status after SIGTERM"
    exit $status'
  ;;
*) echo "unknown step $step" >&2; exit 2 ;;
esac
