#!/usr/bin/env bash
# Benchmarks the public pages against nginx serving the very same HTML bytes as static files on this machine.
#
#   bench/dashboard.sh                 # 60 s warm-up, then 30 s per target at 32 connections
#   WARMUP=20 DURATION=10 bench/dashboard.sh
#
# Needs: a JDK, wrk and nginx (apt-get install wrk nginx-light). Everything runs on loopback and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-60}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
PAGES=("/" "/metrics/vpn-certificates")

for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install wrk nginx-light)" >&2; exit 1; }
done

work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh
jar=$(app_jar)

echo "Starting $jar on port $APP_PORT (embedded PostgreSQL in $work/data)"
VITAKO_DATA_DIR="$work/data" java -jar "$jar" --server.port="$APP_PORT" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/" && break
  sleep 0.5
done

mkdir -p "$work/html"
chmod 755 "$work" "$work/html"
for page in "${PAGES[@]}"; do
  name=$(echo "$page" | tr '/' '_')
  curl -sf -o "$work/html/page$name.html" "http://127.0.0.1:$APP_PORT$page"
done
cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/html;
  }
}
NGINX
chmod 644 "$work"/html/*.html
nginx -c "$work/nginx.conf"
for page in "${PAGES[@]}"; do
  name=$(echo "$page" | tr "/" "_")
  curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/page$name.html" || { echo "bench: nginx does not serve page$name.html" >&2; exit 1; }
done

echo "Warming up for ${WARMUP}s (the JIT needs it on 2 cores)"
for page in "${PAGES[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP / ${#PAGES[@]}))s" "http://127.0.0.1:$APP_PORT$page" >/dev/null
done

measure() {
  local url=$1 out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  echo "$rps $p50 $p99 ${errors:-none}"
}

printf '\n%-28s %12s %10s %10s %14s %10s\n' "page" "ours req/s" "ours p50" "ours p99" "nginx req/s" "ours/nginx"
for page in "${PAGES[@]}"; do
  name=$(echo "$page" | tr '/' '_')
  read -r ours_rps ours_p50 ours_p99 ours_err <<<"$(measure "http://127.0.0.1:$APP_PORT$page")"
  read -r nginx_rps nginx_p50 nginx_p99 nginx_err <<<"$(measure "http://127.0.0.1:$NGINX_PORT/page$name.html")"
  ratio=$(awk -v a="$ours_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')
  printf '%-28s %12s %10s %10s %14s %10s\n' "$page" "$ours_rps" "$ours_p50" "$ours_p99" "$nginx_rps" "$ratio"
  echo "   nginx p50 $nginx_p50, p99 $nginx_p99; errors: ours $ours_err, nginx $nginx_err"
done
