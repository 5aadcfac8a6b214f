#!/usr/bin/env bash
# The whole pipeline on both engines, same simulated world: bench/engines.sh [ADS] [DIR]
# Starts a throwaway PostgreSQL server from the machine's binaries (initdb as the postgres user when run as root,
# 127.0.0.1, a free port, fsync on, synchronous_commit off: as durable as SQLite's WAL with synchronous=NORMAL),
# runs bench/pipeline.sh on SQLite and then on PostgreSQL (TOGETHER=1: both at once, on one simulated world), and stops
# the server (also on failure or Ctrl+C).
set -euo pipefail
ads=${1:-200000}
root="$(cd "$(dirname "$0")/.." && pwd)"
dir=${2:-$(mktemp -d /tmp/threadline-engines-XXXX)}
mkdir -p "$dir"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "no PostgreSQL binaries under /usr/lib/postgresql/*/bin" >&2; exit 1; }
pg="$dir/pg"
rm -rf "$pg"; mkdir -p "$pg"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pg"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$bin/initdb" -D "$pg/data" -A trust -U postgres -E UTF8 --locale=C > "$pg/initdb.log"
stop() { as_pg "$bin/pg_ctl" -D "$pg/data" -m fast -w stop > /dev/null 2>&1 || true; }
trap stop EXIT
as_pg "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -o "-h 127.0.0.1 -p $port -k $pg -c synchronous_commit=off -c shared_buffers=512MB -c max_wal_size=4GB" start > /dev/null
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres threadline_bench
pgurl="postgres://postgres@127.0.0.1:$port/threadline_bench"
if [ "${TOGETHER:-0}" = 1 ]; then
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
as_pg psql -h 127.0.0.1 -p "$port" -U postgres -d threadline_bench -Atc "select 'postgres size: ' || pg_size_pretty(pg_database_size('threadline_bench'))" 2>/dev/null || true
echo "sqlite size: $(du -h "$sqlite_db" | cut -f1)"
