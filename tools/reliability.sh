#!/usr/bin/env bash
# The reliability suite, long form: the kill loop (default 100 runs), the lived-file loop (default 100
# runs on a copy of the aged fixture, writes of every kind at a human pace, idle gaps of 50 s past H2's
# 45 s retention, SIGKILL or SIGTERM at random moments; ~40 min) and the bad-input corpus.
#   tools/reliability.sh [--runs N] [--lived-runs N] [--idle-ms MS] [--seed S]
# Both loops enter papers as the count page does (the count moved on by each paper, none read back) and,
# after every end, check that no confirmed paper is lost, none is stored twice, and the count shown after
# the last confirmed paper equals a recount of the stored papers. Each prints a summary line: kill-loop:
# kills, ballotsConfirmed, ballotsFound, failures; lived-file: sigkill, sigterm, writesConfirmed, writesFound.
# The short form runs inside `mvn verify` (ReliabilitySuiteTest: 6 kill-loop runs, 3 lived-file runs
# with 2 s idle gaps; BadInputCorpusTest; AgedFileDurabilityTest).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=100
lived_runs=100
idle_ms=50000
seed=$(date +%s)
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --lived-runs) lived_runs="$2"; shift 2 ;;
    --idle-ms) idle_ms="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--lived-runs N] [--idle-ms MS] [--seed S]" >&2; exit 2 ;;
  esac
done
build=${THIDUA_BUILD_DIR:-$PWD/target}
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
mvn -B -q -Dthidua.buildDir="$build" test-compile dependency:build-classpath \
    -Dmdep.outputFile="$build/test.classpath" -Dmdep.includeScope=test
cp="$build/test-classes:$build/classes:$(cat "$build/test.classpath")"
java -cp "$cp" -Djava.awt.headless=true vn.thidua.reliability.KillLoop "$runs" "$seed"
java -cp "$cp" -Djava.awt.headless=true vn.thidua.reliability.LivedFileLoop "$lived_runs" "$seed" "$idle_ms" \
    2> >(grep -v -E '^(INFO|[A-Z][a-z]{2} [0-9]+, )' >&2)
mvn -B -q -Dthidua.buildDir="$build" surefire:test -Dtest=BadInputCorpusTest 2>&1 | grep -E 'bad-inputs|FAIL|ERROR' || true
