#!/usr/bin/env bash
# How long the room waits for a paper: 200 papers typed with the glass robot in the counting screen
# of the real program under Xvfb (GTK, software rendering, 1366x768), each measured from the Enter
# that enters it to the pulse of the projector's window that holds the new count
# (vn.thidua.bench.ProjectorLatencyBench). An election of 15 candidates, first with no paper entered,
# then with 5,000 already in. Figures, not assertions.
#
#   bench/projector-latency.sh [-n PAPERS] [--fire]
#
# The last line is the 5,000-paper case: "median N ms, p99 M ms".
# --fire fires the KeyEvents on the focused field instead of typing through the X server.
# The runs use the installed program's JVM settings (packaging/Package.java MEMORY_OPTIONS,
# COMPILER_OPTIONS) on the build's JDK; JAVA_OPTS replaces them.
set -euo pipefail
cd "$(dirname "$0")/.."
papers=200
flags=()
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) papers=$2; shift 2 ;;
    --fire) flags+=(--fire); shift ;;
    *) echo "usage: bench/projector-latency.sh [-n PAPERS] [--fire]" >&2; exit 2 ;;
  esac
done
build=${BUILD:-target}
work=$build/bench/projector
mkdir -p "$work"

mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$build/bench/test-classpath.txt" -Dthidua.buildDir="$(cd "$build" && pwd)"
cp="$build/test-classes:$build/classes:$(cat "$build/bench/test-classpath.txt")"
java_opts=(-Dfile.encoding=UTF-8 -Djava.util.logging.config.file=bench/quiet-logging.properties -Dprism.order=sw)
# shellcheck disable=SC2206
extra_opts=(${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -XX:TieredStopAtLevel=1})

echo "== projector latency: $papers papers, 15 candidates, Xvfb 1366x768, GTK, prism.order=sw, $(nproc) cores,"\
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
last=""
for before in 0 5000; do
  out=$work/run-$before.txt
  # Each scenario in its own JVM, on its own data file made afresh (target/bench/projector/p$before).
  if ! xvfb-run -a -s "-screen 0 1366x768x24" \
      java "${java_opts[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -cp "$cp" \
      vn.thidua.bench.ProjectorLatencyBench "$work/p$before" "$before" "$papers" ${flags[@]+"${flags[@]}"} \
      >"$out" 2>"$work/run-$before.err"; then
    cat "$work/run-$before.err" "$out" >&2
    exit 1
  fi
  # All but the summary line; the summary of the last scenario closes the output.
  head -n -1 "$out"
  last=$(tail -n 1 "$out")
done
echo "$last"
