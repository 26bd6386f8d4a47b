#!/usr/bin/env bash
# Previews an import of 100,000 rows (10 synthetic metrics x 100 segments x 100 years; half of them already in the
# draft, a tenth of those changed) with the application's heap capped, and reports the upload and preview times and
# the JVM's peak heap after collection: the CSV file, then (where LibreOffice is installed) the same rows as an
# Excel workbook that LibreOffice Calc saved.
#
#   bench/import.sh                 # 100,000 rows, heap 256 MB
#   HEAP=512m bench/import.sh
#
# Needs a JDK, curl and psql (apt-get install postgresql-client); for the workbook, soffice
# (apt-get install --no-install-recommends libreoffice-calc-nogui). Runs on loopback and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${APP_PORT:-18091}
HEAP=${HEAP:-256m}
PASSWORD=bench-import-password-2026

work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh
start_scratch_app "$PORT" "$work" "$HEAP" VITAKO_ADMIN_USERNAME=bench VITAKO_ADMIN_PASSWORD="$PASSWORD"

echo "Loading the catalogue and 50,000 figures of the draft"
sql <<SQL
insert into metric (code, position, label_de, label_en, description_de, description_en, unit, segments_add_up, parts_of_whole)
select 'synthetic_' || m, 1000 + m, 'Synthetische Kennzahl ' || m, 'Synthetic metric ' || m, 'Benchmark', 'Benchmark',
       'count', true, false
from generate_series(1, 10) m;
insert into segment (code, label_de, label_en)
select 'synthetic_segment_' || s, 'Segment ' || s, 'Segment ' || s from generate_series(1, 100) s;
insert into metric_segment (metric_code, segment_code, position, label_de, label_en)
select 'synthetic_' || m, 'synthetic_segment_' || s, s, 'Segment ' || s, 'Segment ' || s
from generate_series(1, 10) m, generate_series(1, 100) s;
insert into figure (metric_code, segment_code, unit, year, value, source_title, source_page)
select 'synthetic_' || m, 'synthetic_segment_' || s, 'count', y, m * s + y, 'Benchmark', 1
from generate_series(1, 10) m, generate_series(1, 100) s, generate_series(1991, 2040) y;
analyze figure;
SQL
# the file: every figure for 1991-2090, as German Excel writes it; a tenth of the existing ones changed
sql -A -t -F ';' -o "$work/import.csv" <<SQL
select 'synthetic_' || m, 'synthetic_segment_' || s, y,
       case when y <= 2040 and (m + s + y) % 10 = 0 then m * s + y + 1 else m * s + y end, 'Benchmark, S. 1'
from generate_series(1, 10) m, generate_series(1, 100) s, generate_series(1991, 2090) y;
SQL
sed -i '1i Kennzahl;Bereich;Jahr;Wert;Quelle' "$work/import.csv"
echo "File: $(($(wc -l <"$work/import.csv") - 1)) rows, $(du -k "$work/import.csv" | cut -f1) KB"
sleep 2   # the catalogue's poll picks up the new metrics

jar_cookies="$work/cookies"
base="http://127.0.0.1:$PORT"
login_as "$jar_cookies" bench "$PASSWORD" "$base" >/dev/null
curl -s -c "$jar_cookies" -b "$jar_cookies" -o "$work/import.html" "$base/admin/import"
token=$(grep -oE 'name="_csrf" value="[^"]+"' "$work/import.html" | head -1 | sed -E 's/.*value="([^"]+)"/\1/')

files=("$work/import.csv")
if command -v soffice >/dev/null; then
  soffice --headless --infilter="CSV:59,34,76,1,,1031" --convert-to xlsx:"Calc MS Excel 2007 XML" \
    --outdir "$work" "$work/import.csv" >/dev/null 2>&1
  echo "Workbook: $(du -k "$work/import.xlsx" | cut -f1) KB, saved by LibreOffice Calc"
  files+=("$work/import.xlsx")
fi

for file in "${files[@]}"; do
  for run in 1 2 3; do
    upload=$(curl -s -c "$jar_cookies" -b "$jar_cookies" -o /dev/null -w '%{http_code} %{time_total}' \
      -F "_csrf=$token" -F "file=@$file;type=application/octet-stream" "$base/admin/import")
    preview=$(curl -s -c "$jar_cookies" -b "$jar_cookies" -o "$work/preview.html" -w '%{http_code} %{time_total}' \
      "$base/admin/import/preview")
    counts=$(grep -oE '<dd>[0-9.]+</dd>' "$work/preview.html" | sed -E 's/<\/?dd>//g' | paste -sd' ')
    echo "${file##*.} run $run: upload $upload s, preview $preview s (read, new, changed, unchanged, erroneous: $counts)"
  done
done
peak=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -1)
echo "Heap after collections, highest: ${peak} MB (limit $HEAP)"
