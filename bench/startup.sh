#!/usr/bin/env bash
# Start-up to the first window: runs each launcher in turn (A B A B ...), N rounds, and prints
# per-run figures and medians. Figures, not assertions: nothing here passes or fails.
#
#   bench/startup.sh [-n ROUNDS] [--args "ARGS"] LABEL=LAUNCHER [LABEL=LAUNCHER ...]
#
# A launcher must log a line "... started in N ms" once its first window is shown, N counted
# from the process start (ThiDua's Gui does; bench/hello does the same). For every run it prints:
#   log_ms   N from that line (process start -> window shown, measured inside the process)
#   wall_ms  fork -> the line seen by this script (polled every 10 ms; includes the polling)
#   cpu_ms   user+system CPU of the process when the line was seen (less sensitive to a busy machine)
# Runs under Xvfb when DISPLAY is unset. Needs: bash, awk, /proc (Linux).
set -euo pipefail

rounds=10
args=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) rounds=$2; shift 2 ;;
    --args) args=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[[ $# -ge 1 ]] || { sed -n '2,14p' "$0"; exit 2; }

if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" -n "$rounds" --args "$args" "$@"
fi

tick=$(getconf CLK_TCK)
results=$(mktemp)
trap 'rm -f "$results"' EXIT

one_run() { # label launcher
  local label=$1 launcher=$2 out pid start line now cpu
  out=$(mktemp)
  start=$(date +%s%N)
  # setsid: the launcher and anything it starts form one group we can stop together.
  # shellcheck disable=SC2086
  setsid "$launcher" $args >"$out" 2>&1 &
  pid=$!
  line=""
  for _ in $(seq 1 3000); do
    line=$(grep -m1 -o 'started in [0-9]* ms' "$out" || true)
    [[ -n "$line" ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  now=$(date +%s%N)
  cpu=$(awk -v t="$tick" '{print int(($14+$15)*1000/t)}' "/proc/$pid/stat" 2>/dev/null || echo NA)
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ -z "$line" ]]; then
    echo "$label: no 'started in' line; output was:" >&2; tail -5 "$out" >&2
    rm -f "$out"; return
  fi
  rm -f "$out"
  local log_ms=${line//[!0-9]/}
  local wall_ms=$(( (now - start) / 1000000 ))
  printf '%-10s log_ms=%5d wall_ms=%5d cpu_ms=%5s\n' "$label" "$log_ms" "$wall_ms" "$cpu"
  echo "$label $log_ms $wall_ms $cpu" >>"$results"
}

labels=()
launchers=()
for spec in "$@"; do
  labels+=("${spec%%=*}")
  launchers+=("${spec#*=}")
done

# One warm-up run each (file cache, fontconfig cache), not counted.
for i in "${!labels[@]}"; do one_run "${labels[$i]}" "${launchers[$i]}" >/dev/null; done
: >"$results"

for r in $(seq 1 "$rounds"); do
  # Alternate, and swap the order every other round so neither always goes first.
  if (( r % 2 )); then order=$(seq 0 $(( ${#labels[@]} - 1 ))); else order=$(seq $(( ${#labels[@]} - 1 )) -1 0); fi
  for i in $order; do
    one_run "${labels[$i]}" "${launchers[$i]}"
    sleep 0.3
  done
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "NA"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }
echo
echo "medians of $rounds (ms):"
printf '%-10s %8s %8s %8s\n' label log_ms wall_ms cpu_ms
for l in "${labels[@]}"; do
  lm=$(awk -v l="$l" '$1==l {print $2}' "$results" | median)
  wm=$(awk -v l="$l" '$1==l {print $3}' "$results" | median)
  cm=$(awk -v l="$l" '$1==l && $4!="NA" {print $4}' "$results" | median)
  printf '%-10s %8s %8s %8s\n' "$l" "$lm" "$wm" "$cm"
done
if (( ${#labels[@]} >= 2 )); then
  a=${labels[0]}; b=${labels[1]}
  echo
  echo "ratio $a/$b, median of the per-round ratios:"
  for col in 2 3 4; do
    name=$( [[ $col == 2 ]] && echo log_ms || { [[ $col == 3 ]] && echo wall_ms || echo cpu_ms; } )
    r=$(awk -v a="$a" -v b="$b" -v c="$col" '
      $1==a {av[++na]=$c} $1==b {bv[++nb]=$c}
      END {for (i=1; i<=na && i<=nb; i++) if (bv[i]>0 && av[i]!="NA") print av[i]/bv[i]}' "$results" | median)
    printf '  %-8s %s\n' "$name" "$r"
  done
fi
