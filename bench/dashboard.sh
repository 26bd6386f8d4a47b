#!/usr/bin/env bash
# The overview page against nginx serving the very same bytes, side by side in one run on this machine: with
# Accept-Encoding: gzip (nginx: gzip_static on the application's own compressed bytes) and without, and the
# application under random query strings (which must not bypass its page cache).
#
#   bench/dashboard.sh                 # 60 s warm-up, then 30 s per measurement at 32 connections
#   WARMUP=20 DURATION=10 bench/dashboard.sh
#
# Needs: a JDK, wrk and nginx (apt-get install wrk nginx). Everything runs on loopback and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-60}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}

for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install wrk nginx)" >&2; exit 1; }
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
start_app "$APP_PORT" "$work"

# the same bytes: the page as the application sends it, and its own gzip form for gzip_static
mkdir -p "$work/html"
curl -sf -H 'Accept-Language: de' -o "$work/html/index.html" "http://127.0.0.1:$APP_PORT/"
curl -sf -H 'Accept-Language: de' -H 'Accept-Encoding: gzip' -o "$work/html/index.html.gz" "http://127.0.0.1:$APP_PORT/"
gzip -t "$work/html/index.html.gz"
serve_with_nginx "$work" "$NGINX_PORT"
curl -sf -H 'Accept-Encoding: gzip' -D - -o /dev/null "http://127.0.0.1:$NGINX_PORT/" | grep -qi 'content-encoding: gzip' \
  || { echo "bench: nginx does not serve the gzip bytes" >&2; exit 1; }

echo "Warming up for ${WARMUP}s (the JIT needs it on 2 cores)"
wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP / 2))s" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT/" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP / 2))s" "http://127.0.0.1:$APP_PORT/" >/dev/null

measure() {
  local out rps p50 p99 errors
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  echo "$rps $p50 $p99 ${errors:-none}"
}

printf '\n%-34s %12s %10s %10s %14s %10s %10s\n' "overview page /" "ours req/s" "ours p50" "ours p99" "nginx req/s" "nginx p99" "ours/nginx"
row() {
  local label=$1 ours nginx
  read -r ours_rps ours_p50 ours_p99 ours_err <<<"$2"
  read -r nginx_rps nginx_p50 nginx_p99 nginx_err <<<"$3"
  printf '%-34s %12s %10s %10s %14s %10s %10s\n' "$label" "$ours_rps" "$ours_p50" "$ours_p99" "$nginx_rps" "$nginx_p99" \
    "$(awk -v a="$ours_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')"
  echo "   errors: ours $ours_err, nginx $nginx_err"
}
gzip_ours=$(measure -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT/")
gzip_nginx=$(measure -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT/")
row "with Accept-Encoding: gzip" "$gzip_ours" "$gzip_nginx"
plain_ours=$(measure "http://127.0.0.1:$APP_PORT/")
plain_nginx=$(measure "http://127.0.0.1:$NGINX_PORT/")
row "without compression" "$plain_ours" "$plain_nginx"
random_ours=$(measure -s bench/load.lua "http://127.0.0.1:$APP_PORT" -- random)
row "gzip, random query strings" "$random_ours" "$gzip_nginx"
