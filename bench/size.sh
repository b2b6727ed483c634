#!/usr/bin/env bash
# Size on disk of app images (and installers): total, and where it goes.
#
#   bench/size.sh LABEL=IMAGE_DIR [LABEL=IMAGE_DIR ...] [-- INSTALLER_FILE ...]
set -euo pipefail
[[ $# -ge 1 ]] || { sed -n '2,4p' "$0"; exit 2; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1e6}'; }
bytes() { { du -sb "$@" 2>/dev/null || true; } | awk '{s += $1} END {print s + 0}'; }
first=""; firstsize=""
printf '%-10s %9s %9s %9s %9s %9s\n' label total_MB runtime jars archive other
while [[ $# -gt 0 && $1 != -- ]]; do
  label=${1%%=*}; dir=${1#*=}; shift
  total=$(bytes "$dir")
  rt=$(bytes "$dir"/lib/runtime "$dir"/runtime "$dir"/Contents/runtime)
  jars=$(bytes "$dir"/lib/app/*.jar "$dir"/app/*.jar "$dir"/Contents/app/*.jar)
  # the class-data archives (.jsa, JDK 17) or the ahead-of-time cache (.aot, JDK 25)
  jsa=$(bytes "$dir"/lib/app/*.jsa "$dir"/app/*.jsa "$dir"/Contents/app/*.jsa \
    "$dir"/lib/app/*.aot "$dir"/app/*.aot "$dir"/Contents/app/*.aot)
  printf '%-10s %9s %9s %9s %9s %9s\n' "$label" "$(mb "$total")" "$(mb "$rt")" "$(mb "$jars")" "$(mb "$jsa")" \
    "$(mb $((total - rt - jars - jsa)))"
  if [[ -z $first ]]; then first=$label; firstsize=$total; else
    printf '  ratio %s/%s: %.2f\n' "$first" "$label" "$(awk -v a="$firstsize" -v b="$total" 'BEGIN {print a / b}')"
    [[ -n ${sized_second:-} ]] || printf 'RATIO image-size %.2f\n' "$(awk -v a="$firstsize" -v b="$total" 'BEGIN {print a / b}')"
    sized_second=1
  fi
done
if [[ ${1:-} == -- ]]; then
  shift
  for f in "$@"; do printf '%-40s %8s MB\n' "$(basename "$f")" "$(mb "$(bytes "$f")")"; done
fi
