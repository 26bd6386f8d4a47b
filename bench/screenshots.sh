#!/usr/bin/env bash
# The README's screenshots (docs/screenshots/): the overview and a metric page, desktop (1366 px) and mobile
# (390 px), German and English, and the overview in dark mode, from the application built here on an embedded
# PostgreSQL with the published figures.
#
#   bench/screenshots.sh                 # into docs/screenshots/
#   bench/screenshots.sh 320 768         # also at these widths (to look at, e.g. OUT=/tmp/shots)
#
# Needs: a JDK, Chromium (apt-get install chromium) and Node.js with npm (puppeteer-core is fetched from npm into
# target/, and drives the machine's Chromium; it downloads no browser).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-docs/screenshots}
APP_PORT=${APP_PORT:-18082}
TOOLS=target/screenshot-tools

command -v node >/dev/null || { echo "screenshots: node is missing (apt-get install nodejs npm)" >&2; exit 1; }
if [ ! -d "$TOOLS/node_modules/puppeteer-core" ]; then
  mkdir -p "$TOOLS"
  PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --prefix "$TOOLS" puppeteer-core@24 >&2
fi

# shellcheck source=bench/lib.sh
source bench/lib.sh
start_temporary_app "$APP_PORT"

mkdir -p "$OUT"
cp bench/screenshots.mjs "$TOOLS/"
node "$TOOLS/screenshots.mjs" "http://127.0.0.1:$APP_PORT" "$(realpath "$OUT")" "$@"
