#!/usr/bin/env bash
# Times a new user's first start of the real window: each run a new JVM and a new, empty data folder (so the
# demo council is built), under a virtual screen. Prints, counted from the process's start, the median and
# worst of: when the window appeared, when the allocation screen showed its queue and workers, and the longest
# the window took to answer while it started.
# usage (from the project folder, after mvn -B test-compile): bench/first-start.sh [RUNS, default 5]
# CLASSES=other/classes:target/classes bench/first-start.sh times another build of the planner the same way.
# IMAGE="target/installer/image/Caseload Planner" bench/first-start.sh times the installed program (mvn -B
# -Pinstaller package): its own runtime, its jars and the Java options its launcher gives.
set -eu
runs=${1:-5}
cd "$(dirname "$0")/.."
[ -f target/test-classes/org/caseloadplanner/bench/WindowStart.class ] || { echo "run mvn -B test-compile first"; exit 1; }
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -B -o -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
results=$(mktemp)
for i in $(seq 1 "$runs"); do
  home=$(mktemp -d)
  if [ -n "${IMAGE:-}" ]; then
    # The launcher's own Java options and class path, in its order, from its configuration, with $APPDIR put
    # in; the timing class comes last, so a class-data archive made for the launcher's class path still serves.
    app="$IMAGE/lib/app"
    mapfile -t options < <(sed -n 's/^java-options=//p' "$app/Caseload Planner.cfg" | sed "s|\$APPDIR|$app|g")
    classpath=$(sed -n 's/^app.classpath=//p' "$app/Caseload Planner.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd:)
    CASELOAD_HOME=$home xvfb-run -a -s "-screen 0 1440x900x24" \
      "$IMAGE/lib/runtime/bin/java" "${options[@]}" -cp "$classpath:target/test-classes" \
      org.caseloadplanner.bench.WindowStart 2>/dev/null \
      | grep '^window-start' >>"$results" || echo "run $i: the window never showed its data"
  else
    CASELOAD_HOME=$home xvfb-run -a -s "-screen 0 1440x900x24" \
      java -cp "target/test-classes:${CLASSES:-target/classes}:$(cat "$cp")" org.caseloadplanner.bench.WindowStart \
      2>/dev/null | grep '^window-start' >>"$results" || echo "run $i: the window never showed its data"
  fi
  rm -rf "$home"
done
echo "first start of the window, $runs runs (ms since the process started):"
for step in "toolkit started" "window shown" "allocation screen shown, data still loading" "allocation screen shows its data" "longest wait for the screen's thread"; do
  grep -F "	$step	" "$results" | cut -f3 | sort -n \
    | awk -v s="$step" '{ v[NR] = $1 } END { if (NR) printf "  %-46s median %6d ms  worst %6d ms\n", s, v[int((NR + 1) / 2)], v[NR] }'
done
rm -f "$results"
