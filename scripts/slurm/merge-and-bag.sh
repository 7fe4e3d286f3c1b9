#!/usr/bin/env bash
# The job that runs after every shard of an array (sbatch --dependency=afterany:ARRAY): merges the shards'
# run reports into OUTPUT/run-report.json, checking every document of INPUT was converted by exactly one
# shard, then packages OUTPUT as a BagIt bag and verifies it. Exits 2, and writes no bag, when the shards
# do not add up (a shard failed or was killed): resubmit that shard, then this job.
#SBATCH --job-name=pipeline-merge
#SBATCH --cpus-per-task=1
#SBATCH --output=slurm-merge-%j.out
set -euo pipefail
input="${1:?usage: merge-and-bag.sh INPUT OUTPUT BAG}"
output="${2:?usage: merge-and-bag.sh INPUT OUTPUT BAG}"
bag="${3:?usage: merge-and-bag.sh INPUT OUTPUT BAG}"
read -r -a pipeline <<< "${PIPELINE:-pipeline}"

"${pipeline[@]}" merge "$output" --corpus "$input"
rm -rf "$bag"
"${pipeline[@]}" archive "$output" --bag "$bag" ${PIPELINE_ARCHIVE_ARGS:-}
"${pipeline[@]}" verify "$bag"
