#!/usr/bin/env bash
# Exports one million synthetic figures from a scratch database (published as a release) and reports rows per second and the JVM's peak heap while streaming: the machine CSV three
# times, the Excel CSV, and the Excel workbook (format=xlsx) twice.
#
#   bench/export.sh               # 1,000,000 figures, app heap capped at 256 MB
#   ROWS_PER_SIDE=50 bench/export.sh   # 50 x 50 x 100 = 250,000 figures
#
# Needs a JDK and psql (apt-get install postgresql-client). Runs on loopback and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

SIDE=${ROWS_PER_SIDE:-100}   # metrics = segments per metric = SIDE; years = 100
PORT=${APP_PORT:-18090}
HEAP=${HEAP:-256m}

work=$(mktemp -d)
app_pid=""
sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh
start_scratch_app "$PORT" "$work" "$HEAP"

rows=$((SIDE * SIDE * 100))
echo "Loading $rows synthetic figures ($SIDE metrics x $SIDE segments x 100 years)"
start=$(date +%s)
psql -q -h 127.0.0.1 -p "$db_port" -U vitako_owner -d vitako -v ON_ERROR_STOP=1 <<SQL
insert into metric (code, position, label_de, label_en, description_de, description_en, unit, segments_add_up, parts_of_whole)
select 'synthetic_' || m, 1000 + m, 'Synthetische Kennzahl ' || m, 'Synthetic metric ' || m, 'Benchmark', 'Benchmark',
       'count', true, false
from generate_series(1, $SIDE) m;
insert into segment (code, label_de, label_en)
select 'synthetic_segment_' || s, 'Segment ' || s, 'Segment ' || s from generate_series(1, $SIDE) s;
insert into metric_segment (metric_code, segment_code, position, label_de, label_en)
select 'synthetic_' || m, 'synthetic_segment_' || s, s, 'Segment ' || s, 'Segment ' || s
from generate_series(1, $SIDE) m, generate_series(1, $SIDE) s;
insert into figure (metric_code, segment_code, unit, year, value, source_title, source_page, note)
select 'synthetic_' || m, 'synthetic_segment_' || s, 'count', y, (m * s * y) % 100000, 'Benchmark "synthetic"; data', 1,
       case when s % 10 = 0 then '=not a formula' end
from generate_series(1, $SIDE) m, generate_series(1, $SIDE) s, generate_series(1991, 2090) y;
analyze figure;
SQL
echo "Loaded in $(( $(date +%s) - start )) s"
sleep 2   # the catalogue's poll picks up the new metrics

# published as release 2 directly in SQL, as the publisher's freeze does (its review lists every change, which is
# not made for a million): the exports show the latest release
start=$(date +%s)
psql -q -h 127.0.0.1 -p "$db_port" -U vitako_owner -d vitako -v ON_ERROR_STOP=1 <<SQL
begin;
create temporary table next_release as
with made as (
  insert into release (status, notes_de, notes_en, draft_revision, created_by, scheduled_for)
  values ('scheduled', 'Benchmark', 'Benchmark', (select revision from data_revision where id = 1), 'bench', now())
  returning id)
select id, (select coalesce(max(number), 0) + 1 from release where status = 'published') as number from made;
insert into release_metric (release_id, code, position, label_de, label_en, description_de, description_en, unit,
                            segments_add_up, parts_of_whole, chart_kind)
select r.id, code, position, label_de, label_en, description_de, description_en, unit, segments_add_up,
       parts_of_whole, chart_kind
from metric, next_release r where retired_at is null;
insert into release_metric_segment (release_id, metric_code, segment_code, position, label_de, label_en)
select r.id, metric_code, segment_code, position, label_de, label_en
from metric_segment, next_release r where retired_at is null;
insert into release_source (release_id, title, publisher, published_on, url, licence)
select r.id, title, publisher, published_on, url, licence from source, next_release r;
insert into release_figure (release_id, metric_code, segment_code, unit, year, value, source_title, source_page, note,
                            first_release, changed_release)
select r.id, metric_code, segment_code, unit, year, value, source_title, source_page, note, r.number, r.number
from figure, next_release r;
update release set status = 'published', number = r.number, published_at = now() from next_release r
where release.id = r.id;
commit;
SQL
echo "Published as a release in $(( $(date +%s) - start )) s"
sleep 2   # the application's poll learns of the release
base="http://127.0.0.1:$PORT"

# The heap's high-water marks are the sizes just before each collection: "GC(7) Pause Young ... 120M->20M(256M)".
gc_lines_before=$(wc -l <"$work/gc.log")

for variant in "" "" "" "?format=excel"; do
  out=$(curl -s -o "$work/export.csv" -w '%{time_total} %{size_download} %{http_code}' "$base/export/figures.csv$variant")
  read -r seconds bytes status <<<"$out"
  lines=$(($(wc -l <"$work/export.csv") - 1))
  rate=$(awk -v r="$lines" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
  echo "export ${variant:-(machine)}: HTTP $status, $lines rows, $((bytes / 1024 / 1024)) MB in ${seconds}s = $rate rows/s"
done
for run in 1 2; do
  out=$(curl -s -o "$work/export.xlsx" -w '%{time_total} %{size_download} %{http_code}' \
    "$base/export/figures.csv?format=xlsx")
  read -r seconds bytes status <<<"$out"
  rate=$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
  echo "export ?format=xlsx: HTTP $status, $((bytes / 1024 / 1024)) MB in ${seconds}s = $rate rows/s"
done
peak=$(tail -n +"$((gc_lines_before + 1))" "$work/gc.log" | grep -oE '[0-9]+M->' | sed 's/M->//' | sort -n | tail -1)
echo "peak heap in use during the exports: ${peak:-?} MB (max heap $HEAP; the first run includes the JIT's warm-up)"
