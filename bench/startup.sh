#!/usr/bin/env bash
# Start-up to the first window AND to the filled window: runs each launcher in turn (A B A B ...,
# the order swapped every other round), N rounds, and prints per-run figures, medians with their
# spread, and the ratios of the first launcher to the second (and of the 3rd to the 4th, ...).
# Figures, not assertions.
#
#   bench/startup.sh [-n ROUNDS] [--args "ARGS"] LABEL=LAUNCHER [LABEL=LAUNCHER ...]
#
# A launcher logs "... started in N ms" when its first window is shown and "... ready in N ms"
# when that window shows what the user works with (ThiDua: the main window with the chosen year's
# data, nothing left loading; bench/hello logs both lines at once: it has nothing to load), N from
# the process start. For each of the two marks ("first", "ready") a run gives:
#   log   N from that line (measured inside the process; carries an offset, see bench/README.md)
#   wall  fork -> the line seen by this script (polled every 10 ms)   <- quote this one
#   cpu   user+system CPU of the process when the line was seen (less sensitive to a busy machine)
# Runs under Xvfb when DISPLAY is unset. Needs: bash, awk, /proc (Linux).
set -euo pipefail

rounds=10
args=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) rounds=$2; shift 2 ;;
    --args) args=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[[ $# -ge 1 ]] || { sed -n '2,18p' "$0"; exit 2; }

if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" -n "$rounds" --args "$args" "$@"
fi

tick=$(getconf CLK_TCK)
results=$(mktemp)
trap 'rm -f "$results"' EXIT

cpu_of() { awk -v t="$tick" '{print int(($14+$15)*1000/t)}' "/proc/$1/stat" 2>/dev/null || echo NA; }

one_run() { # label launcher
  local label=$1 launcher=$2 out pid start first="" ready="" seen now cpu f_wall=NA f_cpu=NA r_wall=NA r_cpu=NA
  out=$(mktemp)
  start=$(date +%s%N)
  # setsid: the launcher and anything it starts form one group we can stop together.
  # shellcheck disable=SC2086
  setsid "$launcher" $args >"$out" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    # One look at the output for both lines: when they come together (hello world), they get the
    # same time, not two polls apart.
    seen=$(grep -o -E '(started|ready) in [0-9]* ms' "$out" || true)
    if [[ -n "$seen" ]]; then
      now=$(date +%s%N); cpu=$(cpu_of "$pid")
      if [[ -z "$first" && $seen == *started* ]]; then
        first=$(grep -m1 started <<<"$seen"); f_cpu=$cpu; f_wall=$(( (now - start) / 1000000 ))
      fi
      if [[ -n "$first" && $seen == *ready* ]]; then
        ready=$(grep -m1 ready <<<"$seen"); r_cpu=$cpu; r_wall=$(( (now - start) / 1000000 ))
        break
      fi
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ -z "$first" || -z "$ready" ]]; then
    echo "$label: no 'started in' or 'ready in' line; output was:" >&2; tail -5 "$out" >&2
    rm -f "$out"; return
  fi
  rm -f "$out"
  local f_log=${first//[!0-9]/} r_log=${ready//[!0-9]/}
  printf '%-10s first: log=%5d wall=%5d cpu=%5s   ready: log=%5d wall=%5d cpu=%5s\n' \
    "$label" "$f_log" "$f_wall" "$f_cpu" "$r_log" "$r_wall" "$r_cpu"
  echo "$label $f_log $f_wall $f_cpu $r_log $r_wall $r_cpu" >>"$results"
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
  echo "# round $r, load $(cut -d' ' -f1 /proc/loadavg)"
  if (( r % 2 )); then order=$(seq 0 $(( ${#labels[@]} - 1 ))); else order=$(seq $(( ${#labels[@]} - 1 )) -1 0); fi
  for i in $order; do
    one_run "${labels[$i]}" "${launchers[$i]}"
    sleep 0.3
  done
done

# median, and the spread as the 25th-75th percentile (nearest rank) and min-max.
stats() { sort -n | awk '{a[NR]=$1} END {
  if (NR==0) {print "NA NA NA NA NA"; exit}
  m = (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2
  q1 = a[int((NR+3)/4)]; q3 = a[int((3*NR+3)/4)]
  print m, q1, q3, a[1], a[NR]}'; }
median() { stats | awk '{print $1}'; }
cols=(x f_log f_wall f_cpu r_log r_wall r_cpu)

echo
echo "medians of $rounds rounds, ms (spread: quartiles, then min-max):"
for l in "${labels[@]}"; do
  for c in 3 4 6 7; do
    read -r m q1 q3 lo hi < <(awk -v l="$l" -v c="$c" '$1==l && $c!="NA" {print $c}' "$results" | stats)
    printf '%-10s %-7s %7s   (%s-%s, %s-%s)\n' "$l" "${cols[$((c-1))]}" "$m" "$q1" "$q3" "$lo" "$hi"
  done
done
# Ratios of each pair: the 1st label to the 2nd, the 3rd to the 4th, ... (e.g. two runtimes, each
# program beside its hello world); the RATIO lines are the first pair's.
for (( p = 0; p + 1 < ${#labels[@]}; p += 2 )); do
  a=${labels[$p]}; b=${labels[$((p + 1))]}
  echo
  echo "ratio $a/$b: median of the per-round ratios [ratio of the medians]:"
  for c in 3 4 2 6 7 5; do
    per=$(awk -v a="$a" -v b="$b" -v c="$c" '
      $1==a {av[++na]=$c} $1==b {bv[++nb]=$c}
      END {for (i=1; i<=na && i<=nb; i++) if (bv[i]>0 && av[i]!="NA" && bv[i]!="NA") print av[i]/bv[i]}' "$results" | stats)
    ma=$(awk -v l="$a" -v c="$c" '$1==l && $c!="NA" {print $c}' "$results" | median)
    mb=$(awk -v l="$b" -v c="$c" '$1==l && $c!="NA" {print $c}' "$results" | median)
    read -r pm pq1 pq3 _ _ <<<"$per"
    printf '  %-7s %5.2f   (quartiles %.2f-%.2f) [%.2f]\n' "${cols[$((c-1))]}" "$pm" "$pq1" "$pq3" \
      "$(awk -v x="$ma" -v y="$mb" 'BEGIN {print (y > 0) ? x / y : 0}')"
  done
  wf=$(awk -v a="$a" -v b="$b" '$1==a {av[++na]=$3} $1==b {bv[++nb]=$3}
    END {for (i=1; i<=na && i<=nb; i++) if (bv[i]>0) print av[i]/bv[i]}' "$results" | median)
  wr=$(awk -v a="$a" -v b="$b" '$1==a {av[++na]=$6} $1==b {bv[++nb]=$6}
    END {for (i=1; i<=na && i<=nb; i++) if (bv[i]>0) print av[i]/bv[i]}' "$results" | median)
  if (( p == 0 )); then
    echo
    printf 'RATIO first-window %.2f\n' "$wf"
    printf 'RATIO filled-window %.2f\n' "$wr"
  fi
done
