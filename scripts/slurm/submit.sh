#!/usr/bin/env bash
# Submits a sharded conversion to Slurm: an array of SHARDS conversion tasks, then the merge-and-bag job
# that waits for all of them. Prints the two job ids. Extra arguments go to both sbatch calls
# (--partition, --account, --time …). CPUS (default 1) is each task's --cpus-per-task, and its --jobs.
#
#   scripts/slurm/submit.sh INPUT OUTPUT BAG SHARDS [sbatch options…]
#   scripts/slurm/submit.sh INPUT OUTPUT BAG SHARDS --only 3   # resubmit shard 3, then merge again
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
input="$(realpath "${1:?usage: submit.sh INPUT OUTPUT BAG SHARDS}")"
output="$(realpath -m "${2:?usage: submit.sh INPUT OUTPUT BAG SHARDS}")"
bag="$(realpath -m "${3:?usage: submit.sh INPUT OUTPUT BAG SHARDS}")"
shards="${4:?usage: submit.sh INPUT OUTPUT BAG SHARDS}"
shift 4
tasks="0-$((shards - 1))"
if [ "${1:-}" = "--only" ]; then
  tasks="${2:?--only takes the shard indexes, e.g. 3 or 1,4}"
  shift 2
fi
mkdir -p "$output"
logs="$output/.slurm"
mkdir -p "$logs"

array="$(sbatch --parsable --array="$tasks" --cpus-per-task="${CPUS:-1}" --chdir="$logs" \
  --export=ALL "$@" "$here/convert-array.sh" "$input" "$output" "$shards")"
array="${array%%;*}"
merge="$(sbatch --parsable --dependency="afterany:$array" --chdir="$logs" --export=ALL "$@" \
  "$here/merge-and-bag.sh" "$input" "$output" "$bag")"
echo "$array ${merge%%;*}"
