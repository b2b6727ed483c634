#!/usr/bin/env bash
# The reliability suite, long form: the kill loop (default 100 runs) and the bad-input corpus.
#   tools/reliability.sh [--runs N] [--seed S]
# The short form runs inside `mvn verify` (ReliabilitySuiteTest, 6 runs; BadInputCorpusTest).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=100
seed=$(date +%s)
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--seed S]" >&2; exit 2 ;;
  esac
done
build=${THIDUA_BUILD_DIR:-$PWD/target}
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
mvn -B -q -Dthidua.buildDir="$build" test-compile dependency:build-classpath \
    -Dmdep.outputFile="$build/test.classpath" -Dmdep.includeScope=test
cp="$build/test-classes:$build/classes:$(cat "$build/test.classpath")"
java -cp "$cp" -Djava.awt.headless=true vn.thidua.reliability.KillLoop "$runs" "$seed"
mvn -B -q -Dthidua.buildDir="$build" surefire:test -Dtest=BadInputCorpusTest 2>&1 | grep -E 'bad-inputs|FAIL|ERROR' || true
