#!/usr/bin/env bash
# One task of a Slurm job array: converts shard SLURM_ARRAY_TASK_ID of N of a corpus.
#
#   sbatch --array=0-7 --cpus-per-task=4 scripts/slurm/convert-array.sh INPUT OUTPUT 8
#
# N is given rather than read from the array, so a single failed task can be resubmitted on its own
# (--array=3) and still cut the corpus the same way. Finished documents are skipped on a resubmission
# (the output's incremental manifest), so only what is missing is converted. PIPELINE names the command
# that runs the CLI (default: pipeline on PATH), e.g. "dotnet /opt/pipeline/pipeline.dll".
#SBATCH --job-name=pipeline-convert
#SBATCH --cpus-per-task=1
#SBATCH --output=slurm-%A_%a.out
set -euo pipefail
input="${1:?usage: convert-array.sh INPUT OUTPUT SHARDS}"
output="${2:?usage: convert-array.sh INPUT OUTPUT SHARDS}"
shards="${3:?usage: convert-array.sh INPUT OUTPUT SHARDS}"
index="${SLURM_ARRAY_TASK_ID:?run this as a Slurm array task (sbatch --array=…)}"
read -r -a pipeline <<< "${PIPELINE:-pipeline}"

exec "${pipeline[@]}" convert "$input" --out "$output" --shard "$index/$shards" \
  --jobs "${SLURM_CPUS_PER_TASK:-1}" --no-ocr ${PIPELINE_CONVERT_ARGS:-}
