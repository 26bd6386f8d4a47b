#!/usr/bin/env bash
# Start-up of two builds, alternating on one existing embedded data directory (compare within a run: this machine
# is noisy), split into the phases the log shows: the embedded PostgreSQL, Spring Data's scan to Hibernate,
# Hibernate's set-up, the rest of the context, and the total to the first 200 of /.
#
#   git stash; ./mvnw -q package -DskipTests; cp target/dashboard-*.jar /tmp/old.jar; git stash pop
#   ./mvnw -q package -DskipTests; bench/startup-compare.sh /tmp/old.jar target/dashboard-*.jar
#   RUNS=6 bench/startup-compare.sh OLD.jar NEW.jar
#
# Needs: a JDK, curl and GNU date. Both builds must share the schema (the same migrations).
set -euo pipefail
cd "$(dirname "$0")/.."

OLD=${1:?usage: bench/startup-compare.sh OLD.jar NEW.jar}
NEW=${2:?usage: bench/startup-compare.sh OLD.jar NEW.jar}
RUNS=${RUNS:-4}
PORT=${APP_PORT:-18096}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VITAKO_DATA_DIR="$work/data"

# at PATTERN: the log's time of the first line matching PATTERN, in milliseconds
at() {
  date -d "$(grep -m1 "$1" "$work/app.log" | awk '{print $1}')" +%s%3N
}

# start NAME JAR: one start, its phases in milliseconds
start() {
  local begin pid total
  begin=$(date +%s%N)
  java -jar "$2" --server.port="$PORT" --management.server.port=0 >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.05; done
  total=$((($(date +%s%N) - begin) / 1000000))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$1 postgres $(($(at 'Embedded PostgreSQL runs') - $(at 'Starting embedded PostgreSQL'))) ms," \
    "to hibernate $(($(at HHH008540) - $(at 'Bootstrapping Spring Data'))) ms," \
    "hibernate $(($(at 'Initialized JPA') - $(at HHH008540))) ms," \
    "rest $(($(at 'Started DashboardApplication') - $(at 'Initialized JPA'))) ms, first 200 after $total ms"
}

start warm-up "$NEW" >/dev/null # makes the data directory
for _ in $(seq 1 "$RUNS"); do
  start old "$OLD"
  start new "$NEW"
done
