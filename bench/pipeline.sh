#!/usr/bin/env bash
# Whole-pipeline benchmark through the `threadline` command, as a user runs it:
#   bench/pipeline.sh [ADS] [DIR] [WORKSPACE]     (UNTIL=link stops after the link stage: ingest → link only)
# simulates ADS ads (default 100000), then times each stage (ingest, extract, link, money) and prints
# wall seconds, throughput and peak resident memory (from /usr/bin/time) per stage. WORKSPACE is any engine's
# workspace (default DIR/bench.db); a postgres:// one must be new or empty: it is created with `migrate` first.
set -euo pipefail
ads=${1:-100000}
root="$(cd "$(dirname "$0")/.." && pwd)"
dir=${2:-$(mktemp -d /tmp/threadline-bench-XXXX)}
mkdir -p "$dir"
ws=${3:-$dir/bench.db}
case "$ws" in
  postgres://*|postgresql://*) ;;
  *) rm -f "$ws" "$ws-wal" "$ws-shm" ;;
esac
"$root/threadline" --help > /dev/null 2>&1   # build once, outside the timings
statements() {   # statements in the workspace now (0 before it exists)
  "$root/threadline" stats --workspace "$ws" --json 2>/dev/null | sed -n 's/^ *"statements": *\([0-9]*\).*/\1/p' | head -1 || true
}
run() {
  local name=$1; shift
  local before; before=$(statements); before=${before:-0}
  /usr/bin/time -o "$dir/time.txt" -f "%e %M %U %S" "$root/threadline" "$@" --verbose > /dev/null 2> "$dir/${name// /-}.err"
  local after; after=$(statements); after=${after:-0}
  report "$name" $((after - before))
}
report() {
  local secs kb user sys cpu
  read -r secs kb user sys < "$dir/time.txt"
  cpu=$(echo "$user + $sys" | bc -l)
  # CPU seconds of the threadline process (not a server's): on a loaded machine wall time says little, CPU time more.
  # New statements per wall second and per CPU second (the second is what an unloaded machine's writer reaches at best).
  printf "%-22s %8.1f s  %10.0f ads/s  cpu %7.1f s  peak %6.0f MiB  %10d new statements  %8.0f st/s  %8.0f st/cpu-s\n" "$1" "$secs" "$(echo "$ads / $secs" | bc -l)" "$cpu" "$(echo "$kb / 1024" | bc -l)" "$2" "$(echo "$2 / $secs" | bc -l)" "$(echo "$2 / ($cpu + 0.001)" | bc -l)"
}
echo "threadline pipeline benchmark: $ads ads, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
world="$dir/world-$ads"
if [ ! -f "$world/.complete" ]; then   # a world of this size made before (by another engine's run) is reused
  rm -rf "$world"
  run simulate simulate --seed 1 --ads "$ads" --out "$world"   # (writes files, not statements: its count is 0)
  touch "$world/.complete"
fi
"$root/threadline" migrate --workspace "$ws" > /dev/null
run "ingest ads" ingest ads "$world/ads" --workspace "$ws"
run "ingest bookings" ingest bookings "$world/bookings" --workspace "$ws"
run "extract" extract --workspace "$ws"
run "link" link --workspace "$ws"
if [ "${UNTIL:-}" = link ]; then echo "total $(echo "$(date +%s.%N) - $start" | bc -l | cut -c1-6) s (UNTIL=link: no bank files, no money); files in $dir"; exit 0; fi
run "ingest transactions" ingest transactions "$world/bank" --workspace "$ws"
run "money" money --workspace "$ws"
echo "total $(echo "$(date +%s.%N) - $start" | bc -l | cut -c1-6) s; files in $dir"
