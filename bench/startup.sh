#!/usr/bin/env bash
# Start-up: time from starting the JVM to the first 200 of /, and RSS two seconds later, on an existing embedded
# data directory, side by side in one run (this machine is noisy: compare within a run, not across runs):
#   - `java -jar` on the default JDK (17), plainly and with class-data sharing (CDS) from a training run;
#   - `java -jar` on JDK 25 (JAVA25, default the Temurin in /usr/lib/jvm), plainly and with its AOT cache
#     (JEP 483/514) from a training run, as the Dockerfile starts it.
#
#   bench/startup.sh        # 3 runs each
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PORT=${APP_PORT:-18098}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)}
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  sleep 2
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh
jar=$(app_jar)
export VITAKO_DATA_DIR="$work/data"
args=(--server.port="$PORT" --management.server.port=0)

stop_postgres() {
  local pid
  pid=$(head -1 "$VITAKO_DATA_DIR/postmaster.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
}

# stops the application this script started (by its PID) and the PostgreSQL it left, if any
stop() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
  fi
  sleep 1
  stop_postgres
}

run() {
  local label=$1; shift
  for i in $(seq 1 "$RUNS"); do
    local start
    start=$(date +%s%N)
    "$@" "${args[@]}" >"$work/app.log" 2>&1 &
    app_pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.05; done
    local ms=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 2
    echo "$label run $i: first 200 after $ms ms, RSS $(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$app_pid/status") MB"
    stop
  done
}

train() {
  # the training run ends once the context is refreshed; it leaves the embedded PostgreSQL running
  "$@" -Dspring.context.exit=onRefresh -jar "$app_jar" "${args[@]}" >"$work/training.log" 2>&1 || true
  stop
}

# a first start creates the data directory, so that every measured start finds one
java -jar "$jar" "${args[@]}" >"$work/app.log" 2>&1 &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.2; done
stop

# CDS and the AOT cache need the jar unpacked
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app_jar="$work/app/$(basename "$jar")"
train java -XX:ArchiveClassesAtExit="$work/app.jsa"
[ -n "$JAVA25" ] && train "$JAVA25" -XX:AOTCacheOutput="$work/app.aot"

run "JDK 17, java -jar" java -jar "$jar"
run "JDK 17, CDS" java -XX:SharedArchiveFile="$work/app.jsa" -jar "$app_jar"
if [ -n "$JAVA25" ]; then
  run "JDK 25, java -jar" "$JAVA25" -jar "$jar"
  run "JDK 25, AOT cache" "$JAVA25" -XX:AOTCache="$work/app.aot" -jar "$app_jar"
fi
