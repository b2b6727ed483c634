#!/usr/bin/env bash
# The province at scale (issue 19, item 7): 30 blocs x 15 units x 10 years with scoring tables, scores
# and indicators, and 30 conferences of 3 elections x 20 papers; then, with 10 secretaries entering papers
# at a human pace into 10 blocs' open elections, the time to open the data, a scoreboard, a tally and the
# province's view of the year (median, p90, max over N rounds), and every paper counted again after the
# run. On an H2 file and on a throw-away PostgreSQL server this script starts and stops itself.
# Figures, not assertions (vn.thidua.bench.ProvinceScaleBench).
#
#   bench/province-scale.sh [--db h2|postgresql|both] [-n ROUNDS]
#
# The province is generated once per database and kept under target/bench/province/ (h2/province.mv.db;
# pg/data, a PostgreSQL cluster with the database "province"); every run measures a fresh copy of it
# (a file copy; a database made from it as a template), so runs start alike. Delete the folder to
# generate again (after a schema change, say).
#
# PostgreSQL: initdb and pg_ctl from the PATH or /usr/lib/postgresql/<newest>/bin; as root the server runs
# as the user postgres (runuser), as PostgresServer does for the tests. Generation runs with fsync=off;
# the measuring server runs with PostgreSQL's defaults (fsync, synchronous_commit on), as a real server.
# The server is stopped when the script ends, however it ends.
#
# The measuring JVM uses the installed program's settings (packaging/Package.java MEMORY_OPTIONS,
# COMPILER_OPTIONS); JAVA_OPTS replaces them.
set -euo pipefail
cd "$(dirname "$0")/.."

db=both
rounds=30
while [[ $# -gt 0 ]]; do
  case $1 in
    --db) db=$2; shift 2 ;;
    -n) rounds=$2; shift 2 ;;
    *) echo "usage: bench/province-scale.sh [--db h2|postgresql|both] [-n ROUNDS]" >&2; exit 2 ;;
  esac
done
case $db in h2|postgresql|both) ;; *) echo "--db: h2, postgresql or both" >&2; exit 2 ;; esac

build=${BUILD:-target}
root=$build/bench/province
mkdir -p "$root"
root=$(cd "$root" && pwd)

mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$build/bench/test-classpath.txt" -Dthidua.buildDir="$(cd "$build" && pwd)"
cp="$build/test-classes:$build/classes:$(cat "$build/bench/test-classpath.txt")"
java_opts=(-Dfile.encoding=UTF-8 -Djava.util.logging.config.file=bench/quiet-logging.properties)
# shellcheck disable=SC2206
extra_opts=(${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -XX:TieredStopAtLevel=1})
bench() { java "${java_opts[@]}" "$@"; }
summaries=()

# ---- H2 ---------------------------------------------------------------------------------------
if [[ $db == h2 || $db == both ]]; then
  mkdir -p "$root/h2"
  if [[ ! -f $root/h2/province.mv.db ]]; then
    echo "== H2: generating $root/h2/province.mv.db (once)"
    rm -rf "$root/h2/gen" && mkdir -p "$root/h2/gen"
    bench -cp "$cp" vn.thidua.bench.ProvinceScaleBench generate "$root/h2/gen/province.mv.db"
    mv "$root/h2/gen/province.mv.db" "$root/h2/province.mv.db" && rm -rf "$root/h2/gen"
  fi
  rm -rf "$root/h2/run" && mkdir -p "$root/h2/run/open"
  cp "$root/h2/province.mv.db" "$root/h2/run/province.mv.db"
  cp "$root/h2/province.mv.db" "$root/h2/run/open/province.mv.db"
  echo "== H2: measuring a copy ($(du -h "$root/h2/province.mv.db" | cut -f1)), $rounds rounds"
  bench "${extra_opts[@]}" -cp "$cp" vn.thidua.bench.ProvinceScaleBench measure \
    "$root/h2/run/province.mv.db" "$rounds" h2 "$root/h2/run/open/province.mv.db" | tee "$root/h2/last.txt"
  summaries+=("$(sed -n 's/^SUMMARY //p' "$root/h2/last.txt")")
fi

# ---- PostgreSQL ---------------------------------------------------------------------------------
if [[ $db == postgresql || $db == both ]]; then
  bin=
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    bin=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
  else
    for v in $(ls /usr/lib/postgresql 2>/dev/null | sort -rn); do
      [[ -x /usr/lib/postgresql/$v/bin/pg_ctl ]] && { bin=/usr/lib/postgresql/$v/bin; break; }
    done
  fi
  [[ -n $bin ]] || { echo "no PostgreSQL here (initdb, pg_ctl): apt-get install postgresql" >&2; exit 1; }
  as=()
  if [[ $(id -u) == 0 ]]; then
    as=(runuser -u postgres --)
  fi
  pg=$root/pg
  user=thidua_bench
  port=
  stop_server() {
    if [[ -n $port ]]; then
      (cd /tmp && "${as[@]}" "$bin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null 2>&1) || true
      port=
    fi
  }
  trap stop_server EXIT INT TERM
  start_server() {  # $@: extra server settings
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    (cd /tmp && "${as[@]}" "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' $*" start >/dev/null) \
      || { tail -20 "$pg/server.log"; exit 1; }
  }
  psql_() {  # $1: database, then psql's arguments
    local d=$1; shift
    (cd /tmp && PGOPTIONS="-c client_min_messages=warning" "${as[@]}" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U "$user" -d "$d" -v ON_ERROR_STOP=1 "$@")
  }
  url() { echo "jdbc:postgresql://127.0.0.1:$port/$1?user=$user"; }

  if [[ ! -f $pg/generated ]]; then
    echo "== PostgreSQL: generating the database \"province\" in $pg/data (once)"
    rm -rf "$pg" && mkdir -p "$pg"
    [[ ${#as[@]} -gt 0 ]] && chown postgres "$pg"
    (cd /tmp && "${as[@]}" "$bin/initdb" -D "$pg/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$pg/initdb.log" 2>&1) \
      || { cat "$pg/initdb.log"; exit 1; }
    start_server -c fsync=off -c synchronous_commit=off -c full_page_writes=off
    psql_ postgres -c "create database province template template0 encoding 'UTF8'"
    bench -cp "$cp" vn.thidua.bench.ProvinceScaleBench generate "$(url province)"
    psql_ province -c "vacuum analyze"
    stop_server
    touch "$pg/generated"
  fi
  start_server
  psql_ postgres -c "drop database if exists run" -c "create database run template province"
  psql_ run -c "analyze"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}'): measuring a copy of \"province\" on port $port, $rounds rounds"
  bench "${extra_opts[@]}" -cp "$cp" vn.thidua.bench.ProvinceScaleBench measure "$(url run)" "$rounds" postgresql \
    | tee "$pg/last.txt"
  stop_server
  summaries+=("$(sed -n 's/^SUMMARY //p' "$pg/last.txt")")
fi

echo
(IFS=';'; echo "${summaries[*]}" | sed 's/;/; /g')
