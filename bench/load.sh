#!/usr/bin/env bash
# Load test: a realistic mix at 200 connections for 60 s against a production-like start (java -jar with a 512 MB
# heap on the embedded PostgreSQL), after a warm-up with the same mix. Two wrk processes run at once, so that the
# pages' latency is measured under the whole load: 180 connections browse pages (overview and metric pages),
# 20 fetch data (API and CSV exports). Reports throughput, latency, errors and the process's memory (RSS) after
# the warm-up and after the run.
#
#   bench/load.sh                       # 60 s warm-up, 60 s at 200 connections
#   WARMUP=20 DURATION=20 bench/load.sh
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
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh
jar=$(app_jar)

VITAKO_DATA_DIR="$work/data" java -Xmx512m -jar "$jar" --server.port="$PORT" --management.server.port=0 >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break
  sleep 0.5
done
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$app_pid/status"; }

mix() {
  local seconds=$1 out=$2
  wrk -t1 -c"$((CONNECTIONS * 9 / 10))" -d"${seconds}s" --latency -s bench/load.lua "http://127.0.0.1:$PORT" -- pages \
    >"$out.pages" &
  local pages=$!
  wrk -t1 -c"$((CONNECTIONS / 10))" -d"${seconds}s" --latency -s bench/load.lua "http://127.0.0.1:$PORT" -- data \
    >"$out.data"
  wait "$pages"
}

echo "Warming up for ${WARMUP}s with the same mix"
mix "$WARMUP" "$work/warmup"
rss_warm=$(rss)

echo "Load: ${CONNECTIONS} connections for ${DURATION}s"
mix "$DURATION" "$work/wrk"
rss_after=$(rss)
for kind in pages data; do
  echo "== $kind"
  grep -E "Requests/sec|Latency  |50%|90%|99%|requests in|Non-2xx|Socket errors" "$work/wrk.$kind"
done

echo
echo "RSS after warm-up: ${rss_warm} MB, after the run: ${rss_after} MB ($(awk -v a="$rss_warm" -v b="$rss_after" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }') %)"
grep -E "Non-2xx|Socket errors" "$work"/wrk.* || echo "errors: none"
