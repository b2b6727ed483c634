#!/usr/bin/env bash
# Peak memory (maximum resident set size, from /usr/bin/time -v) of each launcher from its start
# until SETTLE seconds after its filled window shows ("ready in" in its output; a launcher that
# never logs it: its first window, "started in"), when it is asked to stop (SIGTERM).
# Runs alternate (A B A B ...); prints each run and the medians. Figures, not assertions.
#
#   bench/memory.sh [-n RUNS] [--settle SECONDS] [--args "ARGS"] LABEL=LAUNCHER [LABEL=LAUNCHER ...]
#
# --settle 0: the peak until the filled window itself.
# Runs under Xvfb when DISPLAY is unset. Needs GNU time (/usr/bin/time).
set -euo pipefail

runs=5
settle=5
args=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --args) args=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[[ $# -ge 1 ]] || { sed -n '2,10p' "$0"; exit 2; }
if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" -n "$runs" --settle "$settle" --args "$args" "$@"
fi

results=$(mktemp)
trap 'rm -f "$results"' EXIT

one_run() { # label launcher
  local label=$1 launcher=$2 out tv pid child kb
  out=$(mktemp); tv=$(mktemp)
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$tv" "$launcher" $args >"$out" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    grep -q 'started in' "$out" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  for _ in $(seq 1 3000); do
    grep -q 'ready in' "$out" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  sleep "$settle"
  child=$(pgrep -P "$pid" | head -1 || true)
  [[ -n $child ]] && kill -TERM "$child" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
  rm -f "$out" "$tv"
  printf '%-10s max_rss_mb=%6.1f\n' "$label" "$(echo "$kb / 1024" | bc -l)"
  echo "$label $kb" >>"$results"
}

labels=(); launchers=()
for spec in "$@"; do labels+=("${spec%%=*}"); launchers+=("${spec#*=}"); done
for r in $(seq 1 "$runs"); do
  for i in "${!labels[@]}"; do one_run "${labels[$i]}" "${launchers[$i]}"; done
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
echo
echo "median max RSS of $runs runs (MB), min-max:"
for l in "${labels[@]}"; do
  m=$(awk -v l="$l" '$1==l {print $2}' "$results" | median)
  lo=$(awk -v l="$l" '$1==l {print $2}' "$results" | sort -n | head -1)
  hi=$(awk -v l="$l" '$1==l {print $2}' "$results" | sort -n | tail -1)
  printf '%-10s %8.1f   (%.1f-%.1f)\n' "$l" "$(echo "$m / 1024" | bc -l)" "$(echo "$lo / 1024" | bc -l)" \
    "$(echo "$hi / 1024" | bc -l)"
done
# Ratios of each pair (1st/2nd, 3rd/4th, ...); the RATIO line is the first pair's.
for (( p = 0; p + 1 < ${#labels[@]}; p += 2 )); do
  a=$(awk -v l="${labels[$p]}" '$1==l {print $2}' "$results" | median)
  b=$(awk -v l="${labels[$((p + 1))]}" '$1==l {print $2}' "$results" | median)
  printf '\nratio %s/%s: %.2f\n' "${labels[$p]}" "${labels[$((p + 1))]}" "$(echo "$a / $b" | bc -l)"
  if (( p == 0 )); then printf 'RATIO peak-memory %.2f\n' "$(echo "$a / $b" | bc -l)"; fi
done
