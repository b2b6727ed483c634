#!/usr/bin/env bash
# The document pack of a generated 15-unit year (3 minutes, the proposal, the year report, the
# workbook; DocumentPackBench), cold and warm:
#   cold: the first pack in a freshly started JVM (writer made, templates read, classes loaded),
#         what the secretary waits for after starting the program; ROUNDS fresh JVMs in a row;
#   warm: one JVM, 3 packs to warm up, then RUNS packs alternated with a bare POI write of the same
#         volume; the ratio pack / bare is the figure of issue 15 (goal <= 2).
#
#   bench/document-pack.sh [-n ROUNDS] [-r RUNS]        (defaults 7 and 30)
#
# On the build's JDK. Cold runs with the installed program's JVM options (packaging/Package.java
# MEMORY_OPTIONS, COMPILER_OPTIONS; JAVA_OPTS="…" replaces them); warm once with the JVM's defaults
# (WARM_OPTS="…" sets others) and once with the program's options (the client compiler alone gives a
# higher ratio). Prints every cold figure, then the median, min and max; the warm runs print the
# thread's CPU beside the wall time.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=7
runs=30
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) rounds=$2; shift 2 ;;
    -r) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

mvn -q test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench/document-pack.cp >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench/document-pack.cp)"
opts=(${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -XX:TieredStopAtLevel=1})
echo "java: $(java -version 2>&1 | head -1); options: ${opts[*]}; load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== cold: the first pack of a fresh JVM, $rounds JVMs"
colds=()
for ((i = 1; i <= rounds; i++)); do
  line=$(java "${opts[@]}" -cp "$cp" vn.thidua.report.bench.DocumentPackBench cold)
  echo "  $i: $line"
  colds+=("$(awk '{print $2}' <<<"$line")")
done
printf '%s\n' "${colds[@]}" | sort -n | awk '{a[NR]=$1} END {
  m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
  printf "COLD median %.0f ms, min %.0f, max %.0f (%d JVMs)\n", m, a[1], a[NR], NR }'

# Warm twice: with the JVM's defaults (C2), then with the installed program's options (C1 only), where
# the XML saving of the pack weighs more (bench/RESULTS.md). WARM_OPTS="…" replaces the first.
warm_opts=(${WARM_OPTS:-})
for run in defaults program; do
  if [[ $run == program ]]; then warm_opts=("${opts[@]}"); fi
  echo "== warm, ${warm_opts[*]:-JVM defaults}: $runs packs alternated with a bare POI write, one JVM"
  java "${warm_opts[@]}" -cp "$cp" vn.thidua.report.bench.DocumentPackBench "$runs" | tee target/bench/document-pack.warm
  grep 'warm ratio' target/bench/document-pack.warm | sed "s/^ *warm ratio:/WARM ratio ($run options):/"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
