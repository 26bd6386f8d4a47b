#!/usr/bin/env bash
# Lighthouse's scores (mobile profile, its default: a mid-range phone on a slow 4G link, simulated) for the
# overview, a metric page and the login page, from the application built here on an embedded PostgreSQL.
# Each page is measured RUNS times and the median performance score is reported with the other three categories.
#
#   bench/lighthouse.sh
#   RUNS=5 bench/lighthouse.sh
#   PAGES="/metrics/employees?lang=en /releases" bench/lighthouse.sh
#
# Needs: a JDK, Chromium (apt-get install chromium) and Lighthouse (npm install -g lighthouse@12, else it is run
# with npx). Reports stay in target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
APP_PORT=${APP_PORT:-18083}
REPORTS=target/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

if command -v lighthouse >/dev/null; then
  lighthouse=(lighthouse)
else
  lighthouse=(npx --yes lighthouse@12.8.2)
fi

# shellcheck source=bench/lib.sh
source bench/lib.sh
start_temporary_app "$APP_PORT"
# warm: the first requests of a fresh JVM are slower than any reader will see
for path in / /metrics/video-licences /login; do
  for _ in $(seq 1 50); do curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT$path"; done
done

mkdir -p "$REPORTS"
printf '%-28s %5s %5s %5s %5s   %s\n' page perf a11y bp seo 'performance of each run'
read -r -a pages <<<"${PAGES:-/?lang=de /metrics/video-licences?lang=de /login?lang=de}"
for path in "${pages[@]}"; do
  name=$(echo "$path" | tr -c 'a-z0-9' '_')
  scores=()
  for run in $(seq 1 "$RUNS"); do
    "${lighthouse[@]}" "http://127.0.0.1:$APP_PORT$path" --quiet --output=json \
      --output-path="$REPORTS/$name-$run.json" --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage"
    scores+=("$(node -e 'const r=require(process.argv[1]);
      console.log(["performance","accessibility","best-practices","seo"].map(c=>Math.round(r.categories[c].score*100)).join(" "))' \
      "$(realpath "$REPORTS/$name-$run.json")")")
  done
  median=$(printf '%s\n' "${scores[@]}" | sort -n -k1 | sed -n "$(( (RUNS + 1) / 2 ))p")
  read -r perf a11y bp seo <<<"$median"
  printf '%-28s %5s %5s %5s %5s   %s\n' "$path" "$perf" "$a11y" "$bp" "$seo" \
    "$(printf '%s\n' "${scores[@]}" | cut -d' ' -f1 | paste -sd' ')"
done
