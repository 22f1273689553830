#!/usr/bin/env bash
# Installs the Linux package into a temporary root, as dpkg would lay it out, and runs the installed program
# headless: the demo council made, then the workload report as JSON and PDF. Fails on any non-zero exit or
# a report without its workers.
# usage: packaging/smoke-test.sh   (after mvn -B -Pinstaller package)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/installer/package/*.deb | head -1)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
program="$root/opt/caseload-planner/bin/Caseload Planner"
[ -x "$program" ] || { echo "smoke test: no launcher at $program"; exit 1; }
# The menu entry shows the planner's own picture.
icon=$(sed -n 's/^Icon=//p' "$root"/opt/caseload-planner/lib/*.desktop)
cmp -s "$root$icon" assets/icon.png || { echo "smoke test: the menu entry's icon $icon is not assets/icon.png"; exit 1; }
home="$root/home"
mkdir -p "$home"
export CASELOAD_HOME=$home
"$program" --db "$home/demo" create --demo
"$program" --db "$home/demo" report >"$home/report.json"
grep -q '"workers": \[' "$home/report.json" || { echo "smoke test: the report has no workers"; exit 1; }
grep -q '"caseloadPerFte": ' "$home/report.json" || { echo "smoke test: the report has no summary"; exit 1; }
"$program" --db "$home/demo" report --format pdf --out "$home/report.pdf"
head -c 5 "$home/report.pdf" | grep -q '%PDF-' || { echo "smoke test: the PDF is not a PDF"; exit 1; }
"$program" --db "$home/demo" report --compare --with Dudley >"$home/compare.json"
grep -q '"name": "Dudley"' "$home/compare.json" || { echo "smoke test: the comparison has no Dudley"; exit 1; }
echo "smoke test: $(basename "$deb") ($(du -h "$deb" | cut -f1)) installed $(du -sh "$root/opt" | cut -f1), made the demo" \
  "and reported on it: $(grep -c '"flag"' "$home/report.json") workers, a $(du -h "$home/report.pdf" | cut -f1) PDF"
