#!/usr/bin/env bash
# Runs every test project and prints "N passed, N failed, N skipped" as the last line.
# Exits non-zero when a test failed, the build failed, or no test ran.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test Threadline.slnx --nologo "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
sum() { grep -Eo "$1 +[0-9]+" "$log" | grep -Eo '[0-9]+$' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum ', Passed:')
failed=$(sum '! +- Failed:')
skipped=$(sum ', Skipped:')
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $rc (build error or crashed test host)" >&2
  failed=1
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
