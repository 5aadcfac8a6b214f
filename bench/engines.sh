#!/usr/bin/env bash
# The whole pipeline on both engines, same simulated world: bench/engines.sh [ADS] [DIR]
# Starts a throwaway PostgreSQL server from the machine's binaries (initdb as the postgres user when run as root,
# 127.0.0.1, a free port, fsync on, synchronous_commit off: as durable as SQLite's WAL with synchronous=NORMAL),
# runs bench/pipeline.sh on SQLite and then on PostgreSQL (TOGETHER=1: both at once, on one simulated world), and stops
# the server (also on failure or Ctrl+C). WEB=1 then runs the web benchmark (20 clients) on both workspaces, alone and
# while an ingest of a second world writes into them. UNTIL=link stops each pipeline after linking (ingest → link);
# WEB_ONLY=1 DIR runs only the web part again on the workspaces an earlier run left in DIR (its server restarted).
set -euo pipefail
ads=${1:-200000}
root="$(cd "$(dirname "$0")/.." && pwd)"
dir=${2:-$(mktemp -d /tmp/threadline-engines-XXXX)}
mkdir -p "$dir"
. "$root/bench/pg-throwaway.sh"
if [ "${WEB_ONLY:-0}" = 1 ]; then
  pg_resume "$dir"; WEB=1
  if [ -f "$dir/sqlite/bench.db" ]; then sqlite_db="$dir/sqlite/bench.db"; else sqlite_db="$dir/bench.db"; fi
else
pg_start "$dir"
fi
bin=$pgbin
if [ "${WEB_ONLY:-0}" = 1 ]; then
  :
elif [ "${TOGETHER:-0}" = 1 ]; then
  # Both engines at the same moment (each with its own folder, one shared world): on a machine that others load too,
  # the two runs see the same load, so their ratio means something even when their absolute times do not.
  "$root/threadline" simulate --seed 1 --ads "$ads" --out "$dir/world-$ads" > /dev/null
  touch "$dir/world-$ads/.complete"
  mkdir -p "$dir/sqlite" "$dir/postgres"
  ln -sfn "$dir/world-$ads" "$dir/sqlite/world-$ads"; ln -sfn "$dir/world-$ads" "$dir/postgres/world-$ads"
  "$root/bench/pipeline.sh" "$ads" "$dir/sqlite" > "$dir/sqlite.txt" 2>&1 & s=$!
  "$root/bench/pipeline.sh" "$ads" "$dir/postgres" "$pgurl" > "$dir/postgres.txt" 2>&1 & p=$!
  wait $s || echo "SQLite run failed: $dir/sqlite.txt" >&2
  wait $p || echo "PostgreSQL run failed: $dir/postgres.txt" >&2
  echo "== SQLite"; cat "$dir/sqlite.txt"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}')"; cat "$dir/postgres.txt"
  sqlite_db="$dir/sqlite/bench.db"
else
  echo "== SQLite"
  "$root/bench/pipeline.sh" "$ads" "$dir"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}')"
  "$root/bench/pipeline.sh" "$ads" "$dir" "$pgurl"
  sqlite_db="$dir/bench.db"
fi
echo "postgres size: $(pg_size)"
echo "sqlite size: $(du -h "$sqlite_db" | cut -f1)"
if [ "${WEB:-0}" = 1 ]; then
  # The web app under 20 clients on each engine's workspace, first alone, then while `threadline ingest ads` writes a
  # second world (a fifth of the size, seed 2) into the same workspace (an analyst ingesting while colleagues browse).
  extra=$(( ads / 5 ))
  "$root/threadline" simulate --seed 2 --ads "$extra" --out "$dir/extra-$extra" > /dev/null
  dotnet build "$root/bench/Threadline.Bench/Threadline.Bench.csproj" -c Release -o "$dir/benchbin" --nologo -v quiet -tl:off > "$dir/benchbin.log" 2>&1 || { cat "$dir/benchbin.log" >&2; exit 1; }
  web() { THREADLINE_BIN="$root/threadline" dotnet "$dir/benchbin/Threadline.Bench.dll" web "$@"; }
  echo "== web, SQLite, alone"; web "$sqlite_db" 20 "${WEB_REQUESTS:-400}" "${WEB_SECONDS:-30}" || true
  echo "== web, PostgreSQL, alone"; web "$pgurl" 20 "${WEB_REQUESTS:-400}" "${WEB_SECONDS:-30}" || true
  echo "== web, SQLite, while ingesting $extra ads"; web "$sqlite_db" 20 "${WEB_REQUESTS:-400}" "${WEB_SECONDS:-30}" --ingest "$dir/extra-$extra/ads" || true
  echo "== web, PostgreSQL, while ingesting $extra ads"; web "$pgurl" 20 "${WEB_REQUESTS:-400}" "${WEB_SECONDS:-30}" --ingest "$dir/extra-$extra/ads" || true
fi
