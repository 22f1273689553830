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
run() {
  CASELOAD_HOME="$work/home" "$java" -Xshare:off -XX:DumpLoadedClassList="$list" "${options[@]}" -cp "$classpath" \
    org.caseloadplanner.Launcher "$@"
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
  echo "class-data: the window's first start listed $(wc -l <"$list") classes"
else
  run --db "$work/demo" create --demo >/dev/null
  run --db "$work/demo" report >/dev/null
  echo "class-data: no Xvfb here, so only the headless commands' $(wc -l <"$list") classes are listed"
fi
"$java" -Xshare:dump -XX:SharedClassListFile="$list" >"$work/dump.log" 2>&1 \
  || { cat "$work/dump.log"; exit 1; }
echo "class-data: $(du -h "$image/lib/runtime/lib/server/classes.jsa" | cut -f1) archive in the runtime"
