#!/usr/bin/env bash
# Counts the work of Tesseract's recogniser on one image, the tesseract CLI (--psm 3) beside the
# pipeline's `ocr` command: text-line recognitions, network passes (a line read again inverted is a
# second pass) and network time steps. Counts do not depend on the machine's load, so they compare
# two builds, or the pipeline and the CLI, where CPU seconds on a shared machine scatter by 2x.
#
# usage: scripts/ocr-lstm-steps.sh IMAGE [PIPELINE_COMMAND]
#   PIPELINE_COMMAND  run as: PIPELINE_COMMAND ocr IMAGE (default: dotnet
#                     src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll); "-" runs the CLI only
# Needs perf with uprobe support (root), nm and the system's libtesseract.so.5. Its probes are
# removed again on exit.
#
# What is counted (entry points of libtesseract, found by their exported names):
#   lines   LSTMRecognizer::RecognizeLine, the recognition of one text line image
#   passes  LSTM::Forward divided by the LSTM layers per pass (4 in the eng model: counted as
#           the calls of LSTM::Forward over the calls of Convolve::Forward, one per pass)
#   steps   FullyConnected::ForwardTimeStep (int8 model), one per time step of each fully
#           connected layer: proportional to the width of the line images after Tesseract has
#           scaled them to the network's input height
set -euo pipefail
image="${1:?usage: ocr-lstm-steps.sh IMAGE [PIPELINE_COMMAND]}"
pipeline="${2:-dotnet $(cd "$(dirname "$0")/.." && pwd)/src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll}"
lib="$(ldconfig -p | awk '/libtesseract\.so\.5 /{print $NF; exit}')"
lib="$(realpath "${lib:?libtesseract.so.5 not found}")"
group="ocrsteps$$"

address() {  # address SYMBOL_PATTERN: the first exported text symbol matching it
  nm -D --defined-only "$lib" | awk -v p="$1" '$2=="T" && $3 ~ p {print "0x"$1; exit}'
}

declare -A probes=(
  [lines]="$(address '^_ZN9tesseract14LSTMRecognizer13RecognizeLineERKNS_9ImageDataEfbbbPfPNS_9NetworkIOES6_$')"
  [lstm]="$(address '^_ZN9tesseract4LSTM7ForwardEb')"
  [conv]="$(address '^_ZN9tesseract8Convolve7ForwardEb')"
  [steps]="$(address '^_ZN9tesseract14FullyConnected15ForwardTimeStepEPKaiPf$')"
)

cleanup() { perf probe -q -d "$group:*" >/dev/null 2>&1 || true; }
trap cleanup EXIT
events=()
for name in "${!probes[@]}"; do
  [ -n "${probes[$name]}" ] || { echo "symbol for '$name' not found in $lib" >&2; exit 1; }
  perf probe -q -x "$lib" -a "$group:$name=${probes[$name]}" >/dev/null
  events+=(-e "$group:$name")
done

count() {  # count LABEL CMD...: one line of counts for the command's run
  local label="$1"; shift
  local out
  out="$(OMP_THREAD_LIMIT=1 perf stat -x, "${events[@]}" "$@" 2>&1 >/dev/null | grep ",$group:")"
  local lines lstm conv steps
  lines="$(awk -F, -v e="$group:lines" '$3==e{print $1}' <<<"$out")"
  lstm="$(awk -F, -v e="$group:lstm" '$3==e{print $1}' <<<"$out")"
  conv="$(awk -F, -v e="$group:conv" '$3==e{print $1}' <<<"$out")"
  steps="$(awk -F, -v e="$group:steps" '$3==e{print $1}' <<<"$out")"
  printf '%-9s lines %5s  passes %5s  LSTM layers per pass %s  time steps %9s\n' \
    "$label" "$lines" "$conv" "$(awk -v a="$lstm" -v b="$conv" 'BEGIN{if (b>0) printf "%.1f", a/b; else print "-"}')" "$steps"
}

count "CLI" tesseract "$image" - --psm 3
if [ "$pipeline" != "-" ]; then
  # shellcheck disable=SC2086
  count "pipeline" $pipeline ocr "$image"
fi
