#!/usr/bin/env bash
# Makes the installed program start faster: runs it once as a new user would (the window on a virtual screen
# when Xvfb is here, else the headless commands), lists every class the Java runtime and JavaFX loaded, and
# stores them ready-made in the runtime's default class-data archive (lib/server/classes.jsa), which the JVM
# maps at every start with no option needed. Only the runtime's own modules go in, so the archive still
# serves wherever the program is installed.
# usage: packaging/class-data.sh APP_IMAGE_DIR   (called by mvn -Pinstaller package)
set -euo pipefail
image=$1
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
cfg=$(ls "$app"/*.cfg | head -1)
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd:)
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app|g")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
list="$work/classes.lst"
touch "$list"
runs=0
# Each run lists its classes in a file of its own; the archive takes them all.
run() {
  runs=$((runs + 1))
  CASELOAD_HOME="$work/home" "$java" -Xshare:off -XX:DumpLoadedClassList="$work/run-$runs.lst" "${options[@]}" \
    -cp "$classpath" org.caseloadplanner.Launcher "$@"
}
if command -v Xvfb >/dev/null; then
  display=":$(( 80 + RANDOM % 9 ))"
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  # The first start: the demo council built and the allocation screen shown; then the window is closed.
  DISPLAY=$display run >"$work/run.log" 2>&1 &
  planner=$!
  sleep "${CLASS_DATA_SECONDS:-15}"
  kill -TERM "$planner" 2>/dev/null || true
  wait "$planner" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  echo "class-data: the window's first start listed $(cat "$work"/run-*.lst 2>/dev/null | wc -l) classes"
else
  run --db "$work/demo" create --demo >/dev/null
  run --db "$work/demo" report >/dev/null
  echo "class-data: no Xvfb here, so only the headless commands' classes are listed"
fi
cat "$work"/run-*.lst >"$list" 2>/dev/null || true
"$java" -Xshare:dump -XX:SharedClassListFile="$list" >"$work/dump.log" 2>&1 \
  || { cat "$work/dump.log"; exit 1; }
# The list goes with the program, so an installer can make the archive again where it installs it, the
# planner's own classes included (see packaging/linux/postinst).
cp "$list" "$image/lib/classes.lst"
echo "class-data: $(du -h "$image/lib/runtime/lib/server/classes.jsa" | cut -f1) archive in the runtime"
