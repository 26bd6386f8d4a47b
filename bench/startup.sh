#!/usr/bin/env bash
# Start-up and footprint: time from `java -jar` to the first 200 of /, and RSS two seconds later, on an existing
# embedded data directory; once plainly and once with class-data sharing (CDS) from a training run.
#
#   bench/startup.sh        # 3 runs each
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PORT=${APP_PORT:-18098}
work=$(mktemp -d)
cleanup() {
  pkill -f "server.port=$PORT" 2>/dev/null || true
  sleep 2
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh
jar=$(app_jar)
export VITAKO_DATA_DIR="$work/data"
args=(--server.port="$PORT" --management.server.port=0)

stop() {
  pkill -f "server.port=$PORT" || true
  while pgrep -f "server.port=$PORT" >/dev/null; do sleep 0.2; done
  sleep 1
}

run() {
  local label=$1; shift
  for i in $(seq 1 "$RUNS"); do
    local start=$(date +%s%N)
    "$@" "${args[@]}" >"$work/app.log" 2>&1 &
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.05; done
    local ms=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 2
    local pid=$(pgrep -f "server.port=$PORT" | head -1)
    echo "$label run $i: first 200 after $ms ms, RSS $(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status") MB"
    stop
  done
}

# a first start creates the data directory, so that every measured start finds one
java -jar "$jar" "${args[@]}" >"$work/app.log" 2>&1 &
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.2; done
stop

run "plain java -jar" java -jar "$jar"

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app_jar="$work/app/$(basename "$jar")"
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$app_jar" "${args[@]}" \
  >"$work/training.log" 2>&1 || true
stop
# the training run ends at refresh and leaves the embedded PostgreSQL running: stop it
pid=$(head -1 "$VITAKO_DATA_DIR/postmaster.pid" 2>/dev/null || true)
[ -n "$pid" ] && kill "$pid" 2>/dev/null && while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done

run "with CDS" java -XX:SharedArchiveFile="$work/app.jsa" -jar "$app_jar"
