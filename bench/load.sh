#!/usr/bin/env bash
# Load test: 200 connections for 60 s over the overview, a metric page, the figures API and the CSV export, each
# request with Accept-Encoding: gzip, against a production-like start (java -jar with a 512 MB heap on the
# embedded PostgreSQL), after a warm-up with the same mix. Reports throughput, latency, errors and the process's
# memory (RSS) after the warm-up and after the run.
#
#   bench/load.sh                       # 60 s warm-up, 60 s at 200 connections
#   WARMUP=20 DURATION=20 bench/load.sh
#   IMAGES=64 bench/load.sh             # the same, while 64 more connections ask for chart images of random
#                                       # sizes (each one new to draw); RSS after it too
#
# Needs a JDK and wrk (apt-get install wrk). Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-60}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-200}
PORT=${APP_PORT:-18085}

command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  # keep the application's log for a look afterwards
  cp "$work/app.log" "${TMPDIR:-/tmp}/bench-load-app.log" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh
jar=$(app_jar)

VITAKO_DATA_DIR="$work/data" java -Xmx512m -jar "$jar" --server.port="$PORT" --management.server.port=0 >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break
  sleep 0.5
done
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$app_pid/status"; }

echo "Warming up for ${WARMUP}s with the same mix"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/load.lua "http://127.0.0.1:$PORT" -- mix >/dev/null
rss_warm=$(rss)

IMAGES=${IMAGES:-0}
flood=""
if [ "$IMAGES" -gt 0 ]; then
  echo "Image flood: ${IMAGES} connections asking for PNG and SVG charts of random widths, alongside"
  wrk -t1 -c"$IMAGES" -d"${DURATION}s" -s bench/load.lua "http://127.0.0.1:$PORT" -- images >"$work/wrk-images" &
  flood=$!
fi
echo "Load: ${CONNECTIONS} connections for ${DURATION}s over /, a metric page, the API and /export/figures.csv (gzip)"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/load.lua "http://127.0.0.1:$PORT" -- mix >"$work/wrk"
[ -n "$flood" ] && wait "$flood"
rss_after=$(rss)
grep -E "Requests/sec|Latency  |50%|90%|99%|requests in|Non-2xx|Socket errors" "$work/wrk"
if [ -n "$flood" ]; then
  echo "Images: $(grep -E "requests in" "$work/wrk-images")"
  echo "Images: $(grep -E "Non-2xx" "$work/wrk-images" || echo "all 2xx") (429: refused while the drawing pool is full)"
fi
echo
echo "RSS after warm-up: ${rss_warm} MB, after the run: ${rss_after} MB ($(awk -v a="$rss_warm" -v b="$rss_after" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }') %)"
grep -E "Non-2xx|Socket errors" "$work/wrk" || echo "errors: none"
