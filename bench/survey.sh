#!/usr/bin/env bash
# A survey round of 60 members x 40 questions (4 segments each; last year's round beside it; 30 members submitted,
# 15 in progress, 15 not started), each request with Accept-Encoding: gzip, after a warm-up:
# - 20 members at once: 20 connections, each in another member's session, each loading its questionnaire again a
#   second (at random between half a second and one and a half) after the last answer: a member who reloads every
#   second; the same for the staff's status page;
# - the most each page serves: 20 connections that never pause, and beside them nginx serving the very same
#   questionnaire bytes.
#
#   bench/survey.sh
#   WARMUP=10 DURATION=15 bench/survey.sh
#   KEEP=1 bench/survey.sh        # sets the round up and keeps the application running for a look
#
# Needs a JDK, wrk, nginx, curl and psql (apt-get install wrk nginx postgresql-client). Loopback only; stops by
# itself.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${APP_PORT:-18094}
NGINX_PORT=${NGINX_PORT:-18095}
WARMUP=${WARMUP:-40}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-20}
PASSWORD=bench-survey-password-2026

for tool in wrk nginx psql curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
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
start_scratch_app "$PORT" "$work" 512m VITAKO_ADMIN_USERNAME=bench VITAKO_ADMIN_PASSWORD="$PASSWORD"

echo "Loading 40 metrics, 60 members and two rounds (last year's all submitted)"
sql <<SQL
insert into metric (code, position, label_de, label_en, description_de, description_en, unit, segments_add_up,
                    parts_of_whole)
select 'survey_bench_' || m, 2000 + m, 'Umfragekennzahl ' || m, 'Survey metric ' || m, 'Benchmark', 'Benchmark',
       'count', true, false
from generate_series(1, 40) m;
insert into segment (code, label_de, label_en)
select 'bench_segment_' || s, 'Bereich ' || s, 'Segment ' || s from generate_series(1, 4) s;
insert into metric_segment (metric_code, segment_code, position, label_de, label_en)
select 'survey_bench_' || m, 'bench_segment_' || s, s, 'Bereich ' || s, 'Segment ' || s
from generate_series(1, 40) m, generate_series(1, 4) s;
insert into member (name, short_name, kind, created_by, created_at)
select 'Mitglied ' || i, 'bench-' || i, 'data_centre', 'bench', now() from generate_series(1, 60) i;
insert into member_contact (member_id, name, email, language, created_at, password_hash, password_set_at)
select id, 'Kontakt ' || short_name, short_name || '@example.org', 'de', now(), '{noop}$PASSWORD', now()
from member where short_name like 'bench-%';
insert into survey_round (year, title_de, title_en, opens_on, closes_on, created_by, created_at)
values (2029, 'Umfrage 2029', 'Survey 2029', current_date - 400, current_date - 300, 'bench', now()),
       (2030, 'Umfrage 2030', 'Survey 2030', current_date - 1, current_date + 30, 'bench', now());
insert into survey_question (round_id, metric_code, position, answer_kind)
select r.id, 'survey_bench_' || m, m, 'number' from survey_round r, generate_series(1, 40) m
where r.year in (2029, 2030);
insert into survey_invitation (round_id, member_id, invited_by, invited_at, mailed_at)
select r.id, m.id, 'bench', now(), now() from survey_round r, member m
where r.year in (2029, 2030) and m.short_name like 'bench-%';
insert into survey_response (round_id, member_id, created_by, created_at, saved_by, saved_at, submitted_by,
                             submitted_at)
select r.id, m.id, 'bench', now(), 'bench', now(), case when r.year = 2029 or n <= 30 then 'bench' end,
       case when r.year = 2029 or n <= 30 then now() end
from survey_round r, member m, lateral (select substring(m.short_name from 7)::int n) i
where r.year in (2029, 2030) and m.short_name like 'bench-%' and (r.year = 2029 or n <= 45);
insert into survey_answer (response_id, metric_code, segment_code, value)
select p.id, 'survey_bench_' || q, 'bench_segment_' || s, q * 100 + s
from survey_response p, generate_series(1, 40) q, generate_series(1, 4) s;
analyze;
SQL
sleep 2   # the catalogue's poll picks up the new metrics
round=$(sql -A -t -c "select id from survey_round where year = 2030")
base="http://127.0.0.1:$PORT"

login() { login_as "$1" "$2" "$PASSWORD" "$base"; }
echo "Logging in 20 members and the staff"
: >"$work/members"
for i in $(seq 21 40); do
  login "$work/jar-$i" "bench-$i@example.org" >>"$work/members"
done
login "$work/jar-staff" bench >"$work/staff"
form="/member/surveys/$round"
status="/admin/surveys/$round/responses"
for check in "$form:$(head -1 "$work/members")" "$status:$(cat "$work/staff")"; do
  code=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: ${check#*:}" "$base${check%%:*}")
  [ "$code" = 200 ] || { echo "bench: ${check%%:*} answered $code" >&2; exit 1; }
done
grep -q 'value="2.10' <(curl -s -H "Cookie: $(sed -n 15p "$work/members")" "$base$form") \
  || { echo "bench: the questionnaire shows no stored answers" >&2; exit 1; }
echo "The questionnaire: $(grep -c 'name="value-' <(curl -s -H "Cookie: $(head -1 "$work/members")" "$base$form")) fields"

# nginx with the same bytes: one member's questionnaire as the application sends it, and its gzip form
mkdir -p "$work/html"
curl -sf -H "Cookie: $(head -1 "$work/members")" -H 'Accept-Language: de' -o "$work/html/index.html" "$base$form"
curl -sf -H "Cookie: $(head -1 "$work/members")" -H 'Accept-Language: de' -H 'Accept-Encoding: gzip' \
  -o "$work/html/index.html.gz" "$base$form"
gzip -t "$work/html/index.html.gz"
serve_with_nginx "$work" "$NGINX_PORT"

if [ -n "${KEEP:-}" ]; then
  echo "Kept for a look: $base$form and $base$status; cookies in $work/members and $work/staff. Ctrl-C ends it."
  sleep infinity
fi
echo "Warming up for ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP / 2))s" -s bench/survey.lua "$base" -- "$form" "$work/members" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP / 2))s" -s bench/survey.lua "$base" -- "$status" "$work/staff" >/dev/null

measure() {
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")
  echo "$out" | awk '/Requests\/sec/ {rps=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2}
    /Non-2xx|Socket errors/ {errors = errors $0 " "} END {print rps " | " p50 " | " p99 " | " (errors ? errors : "none")}'
}
echo "| what | load | req/s | p50 | p99 | errors |"
echo "| --- | --- | --- | --- | --- | --- |"
row() { echo "| $1 | $2 | $(measure "${@:3}") |"; }
row "the member's questionnaire (160 fields)" "$CONNECTIONS members, each a second after its last answer" \
  -s bench/survey.lua "$base" -- "$form" "$work/members" 1000
row "the staff's status page (60 members, 40 questions)" "$CONNECTIONS connections, each a second after its last answer" \
  -s bench/survey.lua "$base" -- "$status" "$work/staff" 1000
row "the member's questionnaire" "$CONNECTIONS connections that never pause" \
  -s bench/survey.lua "$base" -- "$form" "$work/members"
row "the staff's status page" "$CONNECTIONS connections that never pause" -s bench/survey.lua "$base" -- "$status" "$work/staff"
row "nginx, the same questionnaire bytes" "$CONNECTIONS connections that never pause" -H 'Accept-Encoding: gzip' \
  "http://127.0.0.1:$NGINX_PORT/"
