#!/usr/bin/env bash
# A round's results as staff compute them: 60 members x 40 questions x 10 segments (24,000 submitted answers),
# aggregated with the disclosure control on every request of the staff's results page, and the file that
# "Ergebnisse übernehmen" hands to the import. Each request with Accept-Encoding: gzip, after a warm-up; the median
# and the slowest of RUNS sequential requests (one staff member looking), then what one page costs under load.
#
#   bench/results.sh
#   RUNS=50 bench/results.sh
#
# Needs a JDK, wrk, curl and psql (apt-get install wrk postgresql-client). Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${APP_PORT:-18096}
RUNS=${RUNS:-30}
DURATION=${DURATION:-20}
PASSWORD=bench-results-password-2026

for tool in wrk psql curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source bench/lib.sh
start_scratch_app "$PORT" "$work" 512m VITAKO_ADMIN_USERNAME=bench VITAKO_ADMIN_PASSWORD="$PASSWORD"

echo "Loading 40 metrics of 10 segments, 60 members and a round they all submitted"
sql <<SQL
insert into metric (code, position, label_de, label_en, description_de, description_en, unit, segments_add_up,
                    parts_of_whole)
select 'results_bench_' || m, 2000 + m, 'Ergebniskennzahl ' || m, 'Result metric ' || m, 'Benchmark', 'Benchmark',
       'count', true, false
from generate_series(1, 40) m;
insert into segment (code, label_de, label_en)
select 'results_segment_' || s, 'Bereich ' || s, 'Segment ' || s from generate_series(1, 10) s;
insert into metric_segment (metric_code, segment_code, position, label_de, label_en)
select 'results_bench_' || m, 'results_segment_' || s, s, 'Bereich ' || s, 'Segment ' || s
from generate_series(1, 40) m, generate_series(1, 10) s;
insert into member (name, short_name, kind, created_by, created_at)
select 'Mitglied ' || i, 'results-' || i, 'data_centre', 'bench', now() from generate_series(1, 60) i;
insert into survey_round (year, title_de, title_en, opens_on, closes_on, created_by, created_at)
values (2031, 'Umfrage 2031', 'Survey 2031', current_date - 30, current_date - 1, 'bench', now());
insert into survey_question (round_id, metric_code, position, answer_kind)
select r.id, 'results_bench_' || m, m, 'number' from survey_round r, generate_series(1, 40) m where r.year = 2031;
insert into survey_invitation (round_id, member_id, invited_by, invited_at, mailed_at)
select r.id, m.id, 'bench', now(), now() from survey_round r, member m
where r.year = 2031 and m.short_name like 'results-%';
insert into survey_response (round_id, member_id, created_by, created_at, submitted_by, submitted_at)
select r.id, m.id, 'bench', now(), 'bench', now() from survey_round r, member m
where r.year = 2031 and m.short_name like 'results-%';
-- every tenth member leaves a segment out, and member 2 dominates segment 1: some cells are confidential
insert into survey_answer (response_id, metric_code, segment_code, value)
select p.id, 'results_bench_' || q, 'results_segment_' || s,
       case when n % 10 = s % 10 then null when n = 2 and s = 1 then 1000000 else q * 100 + s + n end
from survey_response p join member m on m.id = p.member_id,
     lateral (select substring(m.short_name from 9)::int n) i, generate_series(1, 40) q, generate_series(1, 10) s
where m.short_name like 'results-%';
analyze survey_answer; analyze survey_response;
SQL
sleep 2   # the catalogue's poll picks up the new metrics
round=$(sql -A -t -c "select id from survey_round where year = 2031")
echo "Answers: $(sql -A -t -c "select count(*) from survey_answer a join survey_response r on r.id = a.response_id where r.round_id = $round")"
base="http://127.0.0.1:$PORT"

cookie=$(login_as "$work/jar" bench "$PASSWORD" "$base")
page="/admin/surveys/$round/results"
code=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$base$page")
[ "$code" = 200 ] || { echo "bench: $page answered $code" >&2; exit 1; }
echo "The page: $(grep -c '<tr>' "$work/page.html") table rows, $(grep -c 'geheim gehalten:' "$work/page.html") cells confidential"

for _ in $(seq 1 10); do curl -s -o /dev/null -H "Cookie: $cookie" -H 'Accept-Encoding: gzip' "$base$page"; done
for _ in $(seq 1 "$RUNS"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" -H 'Accept-Encoding: gzip' "$base$page"
done | sort -n >"$work/times"
median=$(awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] * 1000 }' "$work/times")
slowest=$(tail -1 "$work/times" | awk '{ print $1 * 1000 }')
echo
echo "| what | median | slowest | runs |"
echo "| --- | --- | --- | --- |"
echo "| the results page: 24,000 answers aggregated and protected | ${median} ms | ${slowest} ms | $RUNS |"
echo
out=$(wrk -t2 -c4 -d"${DURATION}s" --latency -H "Cookie: $cookie" -H 'Accept-Encoding: gzip' "$base$page")
echo "$out" | awk '/Requests\/sec/ {rps=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2}
  END {print "Under load (4 connections that never pause): " rps " req/s, p50 " p50 ", p99 " p99}'
