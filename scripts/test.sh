#!/usr/bin/env bash
# Runs every test of the solution (after installing what the tests need) and ends with one line
# "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1

log="$(mktemp)"
dotnet test Pipeline.sln -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

summary="$(grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -1)"
rm -f "$log"
if [ -n "$summary" ]; then
  failed="$(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$summary")"
  passed="$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$summary")"
  skipped="$(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$summary")"
  echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
fi
exit "$status"
