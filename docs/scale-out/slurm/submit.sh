#!/usr/bin/env bash
# Submits a sharded precinct run to Slurm: the array job (precinct-array.sbatch, one task per
# shard), then the merge job (precinct-merge.sbatch) with --dependency=afterok:<array job id>,
# and prints both job ids:
#   ARRAY_JOB_ID=<id>
#   MERGE_JOB_ID=<id>
#
# Example (from the folder that will hold logs/, parts/ and merged/, on a shared filesystem):
#   PRECINCT_COMMAND=attribute PRECINCT_SHARDS=7 PRECINCT_ARGS="--seed 7" \
#     bash /path/to/precinct/docs/scale-out/slurm/submit.sh
#
# Settings (environment variables; all are passed on to the jobs):
#   PRECINCT_COMMAND     run (default), attribute, compare, sweep or sensitivity
#   PRECINCT_SCENARIO    a bundled scenario id or a YAML path (default: the command's default)
#   PRECINCT_ARGS        further options for every shard, e.g. "--replications 2000 --seed 7"
#   PRECINCT_SHARDS      N, the number of shards and array tasks (default: 7)
#   PRECINCT_WORKDIR     the jobs' working folder (default: the current folder)
#   PRECINCT_PARTS       partial folders, relative to PRECINCT_WORKDIR (default: parts)
#   PRECINCT_MERGED      the merged output folder, relative to PRECINCT_WORKDIR (default: merged)
#   PRECINCT             the launcher (default: this repository's cli/precinct if it is built,
#                        else `precinct` on PATH)
#   PRECINCT_JAVA_OPTS   JVM options (default in the .sbatch files: -Xmx256m)
#   PRECINCT_MERGE_JAVA_OPTS  JVM options for the merge only (default: PRECINCT_JAVA_OPTS)
#   PRECINCT_SBATCH_OPTS extra sbatch options for the array job, split on spaces, e.g.
#                        "--account=elections --partition=short --cpus-per-task=4 --mem=1G"
#   PRECINCT_MERGE_SBATCH_OPTS  extra sbatch options for the merge job
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

export PRECINCT_COMMAND="${PRECINCT_COMMAND:-run}"
export PRECINCT_SHARDS="${PRECINCT_SHARDS:-7}"
export PRECINCT_PARTS="${PRECINCT_PARTS:-parts}"
export PRECINCT_MERGED="${PRECINCT_MERGED:-merged}"
workdir="${PRECINCT_WORKDIR:-$PWD}"
if [ -z "${PRECINCT:-}" ]; then
  if [ -f "$here/../../../cli/target/precinct.jar" ]; then
    PRECINCT="$(cd "$here/../../../cli" && pwd)/precinct"
  else
    PRECINCT=precinct
  fi
fi
export PRECINCT

case "$PRECINCT_SHARDS" in
  '' | *[!0-9]* | 0) echo "submit.sh: PRECINCT_SHARDS must be a whole number >= 1, not '$PRECINCT_SHARDS'" >&2; exit 2 ;;
esac
if ! command -v "$PRECINCT" > /dev/null 2>&1; then
  echo "submit.sh: cannot run '$PRECINCT'; set PRECINCT to the precinct launcher (cli/precinct)" >&2
  exit 2
fi
mkdir -p "$workdir/logs"
# Fail now rather than after the shards ran: precinct refuses to overwrite a folder.
if compgen -G "$workdir/$PRECINCT_PARTS/shard-*" > /dev/null || [ -e "$workdir/$PRECINCT_MERGED" ]; then
  echo "submit.sh: $workdir already holds $PRECINCT_PARTS/shard-* or $PRECINCT_MERGED;" \
    "use a fresh PRECINCT_WORKDIR or move them away" >&2
  exit 2
fi

# --parsable prints "id" or "id;cluster"; keep the id.
# shellcheck disable=SC2086 # the *_SBATCH_OPTS are lists of options, split on purpose.
array_id="$(sbatch --parsable --export=ALL --chdir="$workdir" --array="1-$PRECINCT_SHARDS" \
  ${PRECINCT_SBATCH_OPTS:-} "$here/precinct-array.sbatch")"
array_id="${array_id%%;*}"
# shellcheck disable=SC2086
merge_id="$(sbatch --parsable --export=ALL --chdir="$workdir" --dependency="afterok:$array_id" \
  ${PRECINCT_MERGE_SBATCH_OPTS:-} "$here/precinct-merge.sbatch")"
merge_id="${merge_id%%;*}"

echo "ARRAY_JOB_ID=$array_id"
echo "MERGE_JOB_ID=$merge_id"
echo "submit.sh: precinct $PRECINCT_COMMAND ${PRECINCT_SCENARIO:-} ${PRECINCT_ARGS:-} in $PRECINCT_SHARDS shards" \
  "-> $workdir/$PRECINCT_PARTS/shard-K; merge -> $workdir/$PRECINCT_MERGED; logs in $workdir/logs/;" \
  "watch with: squeue -j $array_id,$merge_id" >&2
