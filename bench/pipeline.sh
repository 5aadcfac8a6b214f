#!/usr/bin/env bash
# Whole-pipeline benchmark through the `threadline` command, as a user runs it:
#   bench/pipeline.sh [ADS] [DIR]
# simulates ADS ads (default 100000), then times each stage (ingest, extract, link, money) and prints
# wall seconds, throughput and peak resident memory (from /usr/bin/time) per stage; each stage's summary
# is kept in DIR/<stage>.err. BENCH_WORLD=DIR times the stages on a world simulated before (two builds,
# one world) instead of simulating one.
set -euo pipefail
ads=${1:-100000}
root="$(cd "$(dirname "$0")/.." && pwd)"
dir=${2:-$(mktemp -d /tmp/threadline-bench-XXXX)}
mkdir -p "$dir"
ws="$dir/bench.db"
rm -f "$ws" "$ws-wal" "$ws-shm"
"$root/threadline" --help > /dev/null 2>&1   # build once, outside the timings
run() {
  local name=$1; shift
  /usr/bin/time -o "$dir/time.txt" -f "%e %M" "$root/threadline" "$@" > /dev/null 2> "$dir/${name// /-}.err"
  report "$name"
}
report() {
  local secs kb
  read -r secs kb < "$dir/time.txt"
  printf "%-22s %8.1f s  %10.0f ads/s  peak %6.0f MiB\n" "$1" "$secs" "$(echo "$ads / $secs" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
}
echo "threadline pipeline benchmark: $ads ads, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
world=${BENCH_WORLD:-$dir/world}
if [ -z "${BENCH_WORLD:-}" ]; then
  rm -rf "$world"
  run simulate simulate --seed 1 --ads "$ads" --out "$world"
fi
run "ingest ads" ingest ads "$world/ads" --workspace "$ws"
run "ingest bookings" ingest bookings "$world/bookings" --workspace "$ws"
run "extract" extract --workspace "$ws"
run "link" link --workspace "$ws"
run "ingest transactions" ingest transactions "$world/bank" --workspace "$ws"
run "money" money --workspace "$ws"
echo "total $(echo "$(date +%s.%N) - $start" | bc -l | cut -c1-6) s; files in $dir"
