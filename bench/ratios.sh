#!/usr/bin/env bash
# The four figures of issue 18 as ratios of ThiDua to the hello-world image built the same way on
# the same runtime: first window, filled window (bench/startup.sh), peak memory (bench/memory.sh),
# image size (bench/size.sh). Runs the three scripts and ends with their RATIO lines.
#
#   bench/ratios.sh [-n ROUNDS] [-m MEMORY_RUNS] [--db FILE] [APP_IMAGE_DIR HELLO_IMAGE_DIR]
#
# Defaults: target/installer/thidua and target/bench/hello/image/hello (mvn -Ppackage package;
# bench/build-hello.sh), 10 rounds of start-up, 7 of memory, and a data file holding the sample
# made with the image's own launcher in target/bench/ratios/ when --db is not given.
# Both images must come from the same JDK (-Dthidua.runtime.jdk=..., RUNTIME_JDK=...).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=10
mem_runs=7
db=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) rounds=$2; shift 2 ;;
    -m) mem_runs=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
app=${1:-target/installer/thidua}
hello=${2:-target/bench/hello/image/hello}
[[ -x $app/bin/thidua ]] || { echo "no $app/bin/thidua: mvn -Ppackage package -DskipTests" >&2; exit 2; }
[[ -x $hello/bin/hello ]] || { echo "no $hello/bin/hello: bench/build-hello.sh" >&2; exit 2; }
for img in "$app" "$hello"; do
  echo "$img: $(grep -h '^JAVA_RUNTIME_VERSION' "$img"/lib/runtime/release 2>/dev/null || echo 'runtime version unknown')"
done
if [[ -z $db ]]; then
  db=$PWD/target/bench/ratios/thidua
  rm -rf "$(dirname "$db")"; mkdir -p "$(dirname "$db")"
  "$app/bin/thidua" --db "$db" sample >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "== start-up ($rounds rounds, alternated)"
bench/startup.sh -n "$rounds" --args "--db $db" app="$app/bin/thidua" hello="$hello/bin/hello" | tee -a "$log"
echo "== peak memory ($mem_runs runs, alternated)"
bench/memory.sh -n "$mem_runs" --args "--db $db" app="$app/bin/thidua" hello="$hello/bin/hello" | tee -a "$log"
echo "== size"
bench/size.sh app="$app" hello="$hello" | tee -a "$log"
echo
echo "ThiDua / hello world (goal of issue 18: filled window <= 1.3, memory <= 1.2, image <= 1.3):"
grep '^RATIO ' "$log" | sed 's/^RATIO /  /'
