#!/usr/bin/env bash
# Every public answer of the application, written to a directory so that two builds can be compared byte for byte
# (a restructuring must not change what readers and clients get): the pages in both languages, every metric's page,
# embed and images, the exports in every format, the data package, DCAT, the read API with its errors, the OpenAPI
# document, the feed, sitemap and robots.txt. For each URL it writes the status and the headers that matter
# (Date and other per-request headers left out) and the body; an XLSX is written as its unzipped parts, since the
# ZIP holds the time it was written.
#
#   bench/answers.sh /tmp/before                   # the jar in target/ (built if there is none)
#   JAR=/tmp/old.jar bench/answers.sh /tmp/before  # another build
#   git stash; ./mvnw -q package -DskipTests; bench/answers.sh /tmp/before; git stash pop
#   ./mvnw -q package -DskipTests; bench/answers.sh /tmp/after; diff -r /tmp/before /tmp/after
#
# Needs: a JDK, curl, jq and unzip. The application runs on a scratch embedded PostgreSQL with the seed figures.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${1:?usage: bench/answers.sh OUTPUT_DIRECTORY}
PORT=${PORT:-18090}
base="http://127.0.0.1:$PORT"

# shellcheck source=bench/lib.sh
source bench/lib.sh
start_temporary_app "$PORT"

rm -rf "$OUT"
mkdir -p "$OUT"

# fetch NAME METHOD PATH [curl options]: the status, the headers that describe the answer, and the body
fetch() {
  local name=$1 method=$2 path=$3
  shift 3
  curl -sS -X "$method" -D "$OUT/$name.headers" -o "$OUT/$name.body" "$@" "$base$path"
  grep -iE '^(HTTP/[0-9.]+ |(content-type|content-disposition|content-language|cache-control|etag|vary|allow|location|access-control-allow-origin|link):)' \
    "$OUT/$name.headers" | tr -d '\r' | sort >"$OUT/$name.head"
  rm "$OUT/$name.headers"
  if [ "$(head -c 2 "$OUT/$name.body")" = "PK" ]; then
    mkdir "$OUT/$name.parts"
    unzip -q "$OUT/$name.body" -d "$OUT/$name.parts"
    rm "$OUT/$name.body"
  fi
}

metrics=$(curl -sf "$base/api/v1/metrics" | jq -r '.[].code')
release=$(curl -sf "$base/api/v1/releases" | jq -r '.[0].number')

for lang in de en; do
  for page in / /releases "/releases/$release" /impressum /datenschutz /barrierefreiheit /releases.atom /login; do
    fetch "page-$lang${page//\//_}" GET "$page" -H "Accept-Language: $lang"
  done
  for code in $metrics; do
    slug=${code//_/-}
    fetch "metric-$lang-$code" GET "/metrics/$slug" -H "Accept-Language: $lang"
    fetch "embed-$lang-$code" GET "/embed/metrics/$slug?lang=$lang"
    fetch "svg-$lang-$code" GET "/metrics/$slug.svg?lang=$lang"
    fetch "png-$lang-$code" GET "/metrics/$slug.png?lang=$lang&width=400"
    fetch "csv-$lang-$code" GET "/export/metrics/$code.csv?lang=$lang"
  done
  fetch "api-figures-$lang" GET "/api/v1/figures?lang=$lang&from=2015&to=2020"
  for format in csv excel xlsx; do
    fetch "export-$lang-$format" GET "/export/figures.csv?lang=$lang&format=$format"
    fetch "export-$lang-$format-release" GET "/export/figures.csv?lang=$lang&format=$format&release=$release"
  done
done

for path in /sitemap.xml /robots.txt /card.png /export/datapackage.json "/export/datapackage.json?release=$release" \
  /export/catalog /export/catalog.ttl /export/catalog.jsonld /v3/api-docs /api/v1/metrics /api/v1/releases \
  "/api/v1/metrics?release=$release" /api/v1/figures "/api/v1/figures?metric=employees&segment=x"; do
  fetch "get${path//[\/?&=.]/_}" GET "$path"
done
for code in $metrics; do
  fetch "api-$code" GET "/api/v1/metrics/$code/figures"
done

# errors: every kind, on every endpoint that can give it
for path in /api/v1/metrics /api/v1/metrics/employees/figures /api/v1/figures /api/v1/releases \
  /export/figures.csv /export/metrics/employees.csv /export/datapackage.json /metrics/employees.svg; do
  name=${path//[\/.]/_}
  fetch "error-release-unknown$name" GET "$path?release=999"
  fetch "error-release-malformed$name" GET "$path?release=x"
  fetch "error-post$name" POST "$path"
  fetch "error-accept$name" GET "$path" -H 'Accept: image/gif'
done
for path in /api/v1/nothing /api/v1/metrics/nothing/figures /export/metrics/nothing.csv /metrics/nothing \
  "/api/v1/figures?metric=nothing" "/api/v1/figures?from=20x" "/export/figures.csv?format=doc" \
  "/export/figures.csv?lang=fr" "/api/v1/figures?from=2020&to=2010" "/export/figures.csv?from=1990&to=1991"; do
  fetch "error${path//[\/?&=.]/_}" GET "$path"
done

# the seed's figures are stamped with the time the database was made: that time, in any form, is not compared;
# nor is the login form's CSRF token, which is new for every visitor (a workbook's times are Excel serial numbers)
find "$OUT" -type f -exec grep -Iq . {} \; -print0 | xargs -0 sed -i -E \
  -e 's/20[0-9]{2}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?/<time>/g' \
  -e 's/name="_csrf" value="[^"]*"/name="_csrf" value="<token>"/g' \
  -e 's#<v>4[0-9]{4}\.[0-9]{6,}</v>#<v><time></v>#g'

echo "$(find "$OUT" -name '*.head' | wc -l) answers in $OUT" >&2
