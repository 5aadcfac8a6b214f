#!/usr/bin/env bash
# Runs every test project and prints "N passed, N failed, N skipped" as the last line.
# Exits non-zero when a test failed, the build failed, or no test ran.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# PostgreSQL for the server engine's tests: Debian's package, installed when missing and we may (root, apt-get);
# the tests start their own throwaway server from it. Without it they are skipped and say why.
if [ -z "${THREADLINE_TEST_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "test.sh: installing Debian's postgresql package for the PostgreSQL engine's tests" >&2
    mkdir -p /etc/postgresql-common
    [ -e /etc/postgresql-common/createcluster.conf ] || echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold postgresql > /dev/null; } \
      || echo "test.sh: could not install postgresql: the PostgreSQL tests will be skipped" >&2
  else
    echo "test.sh: PostgreSQL is not installed and cannot be installed here: the PostgreSQL tests will be skipped" >&2
  fi
fi
log=$(mktemp)
# The web app's real-browser tests drive Debian's Chromium (Playwright's own download is not reachable). Install it when it
# is missing and we may (root with apt-get; THREADLINE_NO_APT=1 forbids it); otherwise those tests skip with the reason.
chromium=${THREADLINE_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null && [ "${THREADLINE_NO_APT:-0}" != 1 ]; then
    echo "test.sh: $chromium is missing: installing Debian's chromium for the browser tests (apt-get install -y chromium)"
    apt-get install -y --no-install-recommends chromium > /dev/null 2>&1 \
      || { apt-get update > /dev/null 2>&1 && apt-get install -y --no-install-recommends chromium > /dev/null 2>&1; } \
      || echo "test.sh: could not install chromium: the browser tests will be SKIPPED" >&2
  else
    echo "test.sh: $chromium is missing and this user may not install it (needs root and apt-get): the browser tests will be SKIPPED" >&2
  fi
fi
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
