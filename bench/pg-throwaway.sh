#!/usr/bin/env bash
# Sourced by the benchmarks: `pg_start DIR` starts a throwaway PostgreSQL server from the machine's binaries (initdb as
# the postgres user when run as root, 127.0.0.1, a free port, fsync on, synchronous_commit off: as durable as SQLite's
# WAL with synchronous=NORMAL), creates the database threadline_bench, sets $pgurl, $pgbin and $pgport, and stops the
# server when the calling script exits (also on failure or Ctrl+C).
pg_start() {
  local dir=$1
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$pgbin/initdb" ] || { echo "no PostgreSQL binaries under /usr/lib/postgresql/*/bin" >&2; exit 1; }
  pgdir="$dir/pg"
  rm -rf "$pgdir"; mkdir -p "$pgdir"
  [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres -E UTF8 --locale=C > "$pgdir/initdb.log"
  trap pg_stop EXIT
  as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -o "-h 127.0.0.1 -p $pgport -k $pgdir -c synchronous_commit=off -c shared_buffers=512MB -c max_wal_size=4GB" start > /dev/null
  as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U postgres threadline_bench
  pgurl="postgres://postgres@127.0.0.1:$pgport/threadline_bench"
}
# `pg_resume DIR` starts the server of an earlier pg_start on DIR again (its data kept), on a new free port.
pg_resume() {
  local dir=$1
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  pgdir="$dir/pg"
  [ -d "$pgdir/data" ] || { echo "no PostgreSQL data under $pgdir: run without WEB_ONLY first" >&2; exit 1; }
  pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  trap pg_stop EXIT
  as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -o "-h 127.0.0.1 -p $pgport -k $pgdir -c synchronous_commit=off -c shared_buffers=512MB -c max_wal_size=4GB" start > /dev/null
  pgurl="postgres://postgres@127.0.0.1:$pgport/threadline_bench"
}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_stop() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop > /dev/null 2>&1 || true; }
pg_size() { as_pg psql -h 127.0.0.1 -p "$pgport" -U postgres -d threadline_bench -Atc "select pg_size_pretty(pg_database_size('threadline_bench'))" 2>/dev/null || echo "?"; }
