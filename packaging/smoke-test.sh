#!/usr/bin/env bash
# Installs the Linux package for real, as a user would (apt-get install ./the.deb), runs the installed program
# headless (its version, the demo council made, the workload report as JSON and PDF, a comparison), then
# removes and purges it; each step must exit 0 and leave dpkg holding nothing of the package, half-configured
# or otherwise, and none of its files. Then twice more with dpkg alone: once with a desktop's menu folders (in
# a temporary folder, through XDG_CONFIG_DIRS and XDG_DATA_DIRS), where the menu entry must be made and taken
# away again, and once with no xdg-utils on the PATH at all, as on a bare Debian.
# usage: packaging/smoke-test.sh [PACKAGE.deb]   (as root, after mvn -B -Pinstaller package; it replaces an installed
#        caseload-planner)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "smoke test: run it as root: it installs and removes the package"; exit 1; }
deb=$(readlink -f "${1:-$(ls target/installer/package/*.deb | head -1)}")
pkg=caseload-planner
prefix=/opt/caseload-planner
program="$prefix/bin/Caseload Planner"
entry=caseload-planner-Caseload_Planner.desktop
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DEBIAN_FRONTEND=noninteractive

fail() { echo "smoke test: $*"; exit 1; }
status() { dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | tr -d ' ' || true; }
installed() {
  [ "$(status)" = ii ] || { dpkg -s "$pkg" 2>&1 | grep -i status || true; fail "after $1 the package is '$(status)', not installed"; }
}
# Nothing of the package left: dpkg no longer holds it (not even half-configured) and its folder is gone.
gone() {
  case "$(status)" in
    ''|un|pn) ;;
    *) dpkg -s "$pkg" 2>&1 | grep -i status || true; fail "after $1 the package is '$(status)', not gone" ;;
  esac
  [ ! -e "$prefix" ] || fail "after $1 $prefix is still there"
  [ ! -e "/usr/share/applications/$entry" ] || fail "after $1 /usr/share/applications/$entry is still there"
}
# Runs a step, keeps its output in the work folder and says how long it took; its exit code must be 0.
step() {
  local name=$1; shift
  local start=$SECONDS
  local code=0
  "$@" >"$work/$name.log" 2>&1 || code=$?
  [ $code = 0 ] || { tail -30 "$work/$name.log"; fail "$name exited $code"; }
  echo "smoke test: $name: $((SECONDS - start)) s"
}

# A package left by an earlier run goes first, so its install scripts run again; one left half-configured by
# an older package's scripts is put right by this one's first (its prerm stands in for the old one's).
case "$(status)" in
  ''|un|pn) ;;
  ii) step purge-earlier dpkg --purge "$pkg" ;;
  *) step repair-earlier dpkg -i "$deb"; step purge-earlier dpkg --purge "$pkg" ;;
esac

# 1. apt, as a user installs it; the package lists were perhaps never fetched on a fresh machine.
apt_install() {
  apt-get install -y -q --no-install-recommends "$deb" || { apt-get update -qq || true; apt-get install -y -q --no-install-recommends "$deb"; }
}
step apt-install apt_install
installed "apt-get install"
[ -x "$program" ] || fail "no launcher at $program"
# The menu entry shows the planner's own picture.
icon=$(sed -n 's/^Icon=//p' "$prefix/lib/$entry")
cmp -s "$icon" assets/icon.png || fail "the menu entry's icon $icon is not assets/icon.png"
# The licence and the notices go with the program, as the build wrote them.
cmp -s "$prefix/lib/app/LICENSE.txt" LICENSE || fail "the installed LICENSE.txt is not LICENSE"
cmp -s "$prefix/lib/app/THIRD-PARTY-NOTICES.txt" THIRD-PARTY-NOTICES.txt || fail "the installed notices are not THIRD-PARTY-NOTICES.txt"
grep -q 'Open Government Licence v3.0' "$prefix/lib/app/OGL-ATTRIBUTION.txt" || fail "no OGL attribution installed"
grep -q '^License: MIT' "$prefix/share/doc/copyright" || fail "the package's copyright file names no MIT licence"
home="$work/home"
mkdir -p "$home"
export CASELOAD_HOME=$home
"$program" --version | grep -q . || fail "--version printed nothing"
"$program" --db "$home/demo" create --demo
"$program" --db "$home/demo" report >"$home/report.json"
grep -q '"workers": \[' "$home/report.json" || fail "the report has no workers"
grep -q '"caseloadPerFte": ' "$home/report.json" || fail "the report has no summary"
"$program" --db "$home/demo" report --format pdf --out "$home/report.pdf"
head -c 5 "$home/report.pdf" | grep -q '%PDF-' || fail "the PDF is not a PDF"
"$program" --db "$home/demo" report --compare --with Dudley >"$home/compare.json"
grep -q '"name": "Dudley"' "$home/compare.json" || fail "the comparison has no Dudley"
echo "smoke test: $(basename "$deb") ($(du -h "$deb" | cut -f1)) installed $(du -sh "$prefix" | cut -f1) by apt," \
  "$("$program" --version | head -1), made the demo and reported on it:" \
  "$(grep -c '"flag"' "$home/report.json") workers, a $(du -h "$home/report.pdf" | cut -f1) PDF"
step apt-remove apt-get remove -y -q "$pkg"
step dpkg-purge dpkg --purge "$pkg"
gone "apt-get remove and dpkg --purge"

# 2. A desktop: its menu folders exist, so xdg-desktop-menu puts the entry in them, and takes it away again.
if command -v xdg-desktop-menu >/dev/null; then
  desktop="$work/desktop"
  mkdir -p "$desktop/config/menus" "$desktop/data/applications" "$desktop/data/desktop-directories"
  export XDG_CONFIG_DIRS="$desktop/config" XDG_DATA_DIRS="$desktop/data"
  step desktop-install dpkg -i "$deb"
  installed "dpkg -i on a desktop"
  [ -f "$desktop/data/applications/$entry" ] || fail "on a desktop the menu entry was not made"
  step desktop-remove dpkg --purge "$pkg"
  gone "dpkg --purge on a desktop"
  [ ! -e "$desktop/data/applications/$entry" ] || fail "on a desktop the menu entry was left behind"
  unset XDG_CONFIG_DIRS XDG_DATA_DIRS
else
  echo "smoke test: no xdg-utils here, so the desktop's menu entry is not tried"
fi

# 3. No xdg-utils at all: a PATH of every program here but those of the menus.
bare="$work/bare-path"
mkdir -p "$bare"
for dir in /usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin; do
  for file in "$dir"/*; do
    name=${file##*/}
    case $name in xdg-*|update-desktop-database) ;; *) [ -e "$bare/$name" ] || ln -s "$file" "$bare/$name" ;; esac
  done
done
step bare-install env PATH="$bare" dpkg -i "$deb"
installed "dpkg -i without xdg-utils"
step bare-remove env PATH="$bare" dpkg --purge "$pkg"
gone "dpkg --purge without xdg-utils"
echo "smoke test: installed and removed cleanly by apt, on a desktop's menu folders and without xdg-utils"
