#!/usr/bin/env bash
# The search page under load: 20 connections for 30 s with Accept-Encoding: gzip, half of the queries words that
# the search finds ("VPN", "Zertifikate" …), half random strings, each a full-text query of the database (the page
# is never cached). Beside it, in the same run, the overview (a kept page) for comparison.
#
#   bench/search.sh
#   DURATION=60 CONNECTIONS=50 bench/search.sh
#
# Needs a JDK and wrk (apt-get install wrk). Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-20}
PORT=${APP_PORT:-18087}

command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }
# shellcheck source=bench/lib.sh
source bench/lib.sh
start_temporary_app "$PORT"
base="http://127.0.0.1:$PORT"
# warm: the first requests of a fresh JVM are slower than any reader will see
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/load.lua "$base" -- search >/dev/null

echo "== /search?q=… (half found words, half random), $CONNECTIONS connections, ${DURATION}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/load.lua "$base" -- search \
  | grep -E 'Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors'
echo "== / (a kept page), $CONNECTIONS connections, ${DURATION}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/load.lua "$base" -- / \
  | grep -E 'Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors'
