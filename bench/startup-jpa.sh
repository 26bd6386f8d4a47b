#!/usr/bin/env bash
# Start-up to the first 200 of /, with Spring Data JPA's defaults and with its repositories bootstrapped deferred
# and Hibernate told not to read JDBC metadata at boot (the dialect given instead), alternating on one existing
# embedded data directory, so that both see the same machine (compare within a run, not across runs).
#
#   bench/startup-jpa.sh            # 4 pairs
#   RUNS=8 bench/startup-jpa.sh
#
# Needs: a JDK and curl. The application runs on a scratch embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-4}
PORT=${APP_PORT:-18097}
# shellcheck source=bench/lib.sh
source bench/lib.sh
jar=$(app_jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VITAKO_DATA_DIR="$work/data"

# start NAME [options]: milliseconds from starting the JVM to the first 200
start() {
  local begin pid
  begin=$(date +%s%N)
  java -jar "$jar" --server.port="$PORT" --management.server.port=0 "$@" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.05; done
  echo $((($(date +%s%N) - begin) / 1000000))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

start >/dev/null # makes the data directory
for _ in $(seq 1 "$RUNS"); do
  plain=$(start)
  tuned=$(start --spring.data.jpa.repositories.bootstrap-mode=deferred \
    --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
    --spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect)
  echo "defaults ${plain} ms, deferred and no JDBC metadata ${tuned} ms"
done
