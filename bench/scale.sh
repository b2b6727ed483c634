#!/usr/bin/env bash
# The scale run: a generated bloc of 100 units x 300 scoring lines and 300 indicators per unit x 10
# years, and an election of 5,000 ballots; times open, scoreboard and tally through the app layer
# (ScaleBench), then the longest frame gap while the 100-row scoreboard scrolls in the program's
# window under Xvfb, and in a bare table of constants as a yardstick (ScoreboardScrollBench).
# Figures, not assertions.
#
#   bench/scale.sh [DATA_FILE.mv.db]
#
# The file is generated once (a few minutes) and reused: default target/bench/scale/bloc.mv.db.
# The measuring runs use the installed program's JVM settings (packaging/Package.java
# MEMORY_OPTIONS); JAVA_OPTS replaces them, e.g. JAVA_OPTS="-XX:+UseG1GC" bench/scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-target}
file=${1:-$build/bench/scale/bloc.mv.db}
mkdir -p "$(dirname "$file")"

mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$build/bench/test-classpath.txt" -Dthidua.buildDir="$(cd "$build" && pwd)"
cp="$build/test-classes:$build/classes:$(cat "$build/bench/test-classpath.txt")"
java_opts=(-Dfile.encoding=UTF-8 -Djava.util.logging.config.file=bench/quiet-logging.properties)
# shellcheck disable=SC2206
extra_opts=(${JAVA_OPTS:--XX:+UseSerialGC -Xms32m})

echo "== generate (skipped when $file exists)"
java "${java_opts[@]}" -cp "$cp" vn.thidua.bench.ScaleBench generate "$file"

echo
echo "== open, scoreboard, tally"
java "${java_opts[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -cp "$cp" vn.thidua.bench.ScaleBench measure "$file"

echo
echo "== frame gaps while the scoreboard scrolls (Xvfb, software rendering)"
for variant in "" "--table --plain"; do
  # shellcheck disable=SC2086
  xvfb-run -a -s "-screen 0 1366x768x24" \
    java "${java_opts[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -Dprism.order=sw -cp "$cp" vn.thidua.bench.ScoreboardScrollBench "$file" 8 $variant
done
