#!/usr/bin/env bash
# Resilience, measured as an operator would see it, on a production-like start (java -jar, embedded PostgreSQL):
#   1. slow clients: 16 connections (SLOW) POST bodies a byte every 10 s to the login, a page and the API, while
#      curl times GET / ten times (gzip); each should stay well under a second;
#   2. a killed PostgreSQL: kill -9 of the embedded postmaster, then the time until /readyz and the figures API
#      answer 200 again, without restarting the application;
#   3. a killed application: kill -9 of the JVM, then whether its PostgreSQL is still running a few seconds later.
#
#   bench/resilience.sh
#
# Needs a JDK, curl and python3 (its standard library only, for the slow clients). Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${APP_PORT:-18087}
SLOW=${SLOW:-16}
work=$(mktemp -d)
app_pid=""
slow_pid=""
cleanup() {
  [ -n "$slow_pid" ] && kill "$slow_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  cp "$work/app.log" "${TMPDIR:-/tmp}/bench-resilience-app.log" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh
start_app "$PORT" "$work"
base="http://127.0.0.1:$PORT"
now() { date +%s.%N; }

echo "1. ${SLOW} slow-body clients (a byte every 10 s) on /login, / and /api/v1/metrics; GET / meanwhile:"
python3 - "$PORT" "$SLOW" <<'PY' &
import socket, sys, time
port, count = int(sys.argv[1]), int(sys.argv[2])
paths = ["/login", "/", "/api/v1/metrics"]
clients = []
for i in range(count):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(("POST %s HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
               "Content-Length: 100000\r\n\r\nu" % paths[i % len(paths)]).encode())
    clients.append(s)
while True:
    time.sleep(10)
    for s in clients:
        try:
            s.sendall(b"a")
        except OSError:
            pass
PY
slow_pid=$!
sleep 2
for _ in $(seq 1 10); do
  curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '   GET / %{http_code} in %{time_total} s\n' "$base/"
  sleep 1
done
kill "$slow_pid" 2>/dev/null || true
slow_pid=""

echo "2. kill -9 of the embedded PostgreSQL:"
postmaster=$(head -1 "$work/data/postmaster.pid")
start=$(now)
kill -9 "$postmaster"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz")" = 503 ]; do
  if awk -v s="$start" -v n="$(now)" 'BEGIN { exit !(n - s > 5) }'; then break; fi
  sleep 0.05
done
echo "   /readyz said 503 after $(awk -v s="$start" -v n="$(now)" 'BEGIN { printf "%.2f", n - s }') s"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz")" = 200 ] \
    && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/export/figures.csv?format=xlsx")" = 200 ]; do
  sleep 0.05
done
echo "   /readyz and a workbook (read from PostgreSQL) 200 again after $(awk -v s="$start" -v n="$(now)" 'BEGIN { printf "%.2f", n - s }') s; new postmaster $(head -1 "$work/data/postmaster.pid") (was $postmaster)"

echo "3. kill -9 of the application:"
postmaster=$(head -1 "$work/data/postmaster.pid")
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
start=$(now)
while kill -0 "$postmaster" 2>/dev/null; do
  if awk -v s="$start" -v n="$(now)" 'BEGIN { exit !(n - s > 10) }'; then break; fi
  sleep 0.05
done
if kill -0 "$postmaster" 2>/dev/null; then
  echo "   PostgreSQL (PID $postmaster) still runs 10 s later"
  kill "$postmaster"
else
  echo "   PostgreSQL (PID $postmaster) ended $(awk -v s="$start" -v n="$(now)" 'BEGIN { printf "%.2f", n - s }') s after the application"
fi
