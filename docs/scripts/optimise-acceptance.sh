#!/usr/bin/env bash
# The acceptance check of `precinct optimise` on us-2024-general: every intervention on or off and
# the staffing of the main queue (trust-safety) within +-50% of each shift as written (day 5 -> 3..7,
# evening 3 -> 2..4, weekend 2 -> 1..3; the overnight shift of 1 has no other whole number within
# +-50%), under a budget of 5,000 runs. It times RUNS runs at --threads 2 (and prints their median),
# then checks that summary.json is byte-identical at --threads 1 and 3 and after --shard K/3 and
# merge. Needs a built precinct (mvn -B -q package -DskipTests).
#
#   docs/scripts/optimise-acceptance.sh [RUNS]        (default: 5 timed runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
args=(optimise us-2024-general
  --staff 'trust-safety#1=3..7' --staff 'trust-safety#2=2..4' --staff 'trust-safety#4=1..3'
  --budget 5000 --format svg --quiet)

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  cli/precinct "${args[@]}" --threads 2 --out "$work/t2-$i" >/dev/null
  end=$(date +%s.%N)
  times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')")
  echo "run $i at --threads 2: ${times[-1]} s (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median of $runs runs at --threads 2: $median s"

cli/precinct "${args[@]}" --threads 1 --out "$work/t1" >/dev/null
cli/precinct "${args[@]}" --threads 3 --out "$work/t3" >/dev/null
for k in 1 2 3; do
  cli/precinct "${args[@]}" --threads 2 --shard "$k/3" --out "$work/parts/s$k" >/dev/null
done
cli/precinct merge --quiet --out "$work/merged" "$work/parts"/s* >/dev/null

status=0
for other in t1 t3 merged; do
  if cmp -s "$work/t2-1/summary.json" "$work/$other/summary.json"; then
    echo "summary.json of $other is byte-identical to --threads 2"
  else
    echo "summary.json of $other differs from --threads 2" >&2
    status=1
  fi
done
sha256sum "$work/t2-1/summary.json" | cut -d' ' -f1 | sed 's/^/summary.json sha256 /'
grep -m1 '^- Choose' "$work/t2-1/report.md" | sed 's/^- //'
exit $status
