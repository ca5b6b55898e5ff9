#!/usr/bin/env bash
# Times the consultation numbers (相談・つなぎの実績) on the city-scale database with a year of
# 100,000 cases, 120,000 intakes and 150,000 referrals (bench/numbers-fill.sql, added once):
# the JSON API, the CSV and the xlsx, for the whole deployment (an evaluator) and for the city
# 社協 (its coordinator `bench`). Run bench/city-benchmark.sh --generate-only first.
#
#   bench/numbers-benchmark.sh
#   DB=numbers_bench RUNS=9 bench/numbers-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-tsunagu_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8089}
HEAP=${HEAP:--Xmx512m}
RUNS=${RUNS:-7}
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
BASE="http://127.0.0.1:$PORT"
WORK=var/bench
mkdir -p "$WORK"
export PGHOST PGPORT PGUSER

test -s var/bench-token.txt || { echo "run bench/city-benchmark.sh --generate-only first" >&2; exit 1; }
COORDINATOR=$(tr -d '[:space:]' < var/bench-token.txt)
EVALUATOR=tsu_numbers_benchmark_evaluator
if [[ $(psql -X -At -d "$DB" -c "SELECT count(*) FROM consultation.support_case WHERE reference LIKE 'NB-%'") == 0 ]]; then
  echo "== filling a year of consultation rows"
  time psql -X -q -v ON_ERROR_STOP=1 -v evaluator_token="$EVALUATOR" -d "$DB" -f bench/numbers-fill.sql
fi
psql -X -At -F ' ' -d "$DB" -c "SELECT (SELECT count(*) FROM consultation.support_case), (SELECT count(*) FROM consultation.intake), (SELECT count(*) FROM consultation.referral)" \
  | { read -r c i r; echo "cases $c, intakes $i, referrals $r"; }

APP=(java "$HEAP" -jar target/tsunagu.jar "--spring.datasource.url=$URL" "--spring.datasource.username=$PGUSER"
  "--server.port=$PORT" --tsunagu.demo.enabled=false)
"${APP[@]}" > "$WORK/numbers-app.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" > /dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; see $WORK/numbers-app.log" >&2; exit 1; }
  sleep 1
done

FROM=$(date -d '364 days ago' +%F)
TO=$(date +%F)
PERIOD="from=$FROM&to=$TO"
echo "period $FROM .. $TO, $RUNS runs each after one warm-up; seconds: median (min-max)"
measure() { # label token path
  curl -fs -o /dev/null -H "Authorization: Bearer $2" "$BASE$3"
  local times
  times=$(for _ in $(seq 1 "$RUNS"); do
    curl -fs -o "$WORK/numbers-out" -w '%{time_total}\n' -H "Authorization: Bearer $2" "$BASE$3"
  done | sort -n)
  awk -v label="$1" -v size="$(wc -c < "$WORK/numbers-out")" \
    '{ t[NR] = $1 } END { printf "%-36s %.3f (%.3f-%.3f)  %d bytes\n", label, t[int((NR + 1) / 2)], t[1], t[NR], size }' <<< "$times"
}
measure "API, whole deployment" "$EVALUATOR" "/api/v1/consultation/numbers?$PERIOD"
measure "API, city 社協" "$COORDINATOR" "/api/v1/consultation/numbers?$PERIOD"
measure "CSV UTF-8, whole deployment" "$EVALUATOR" "/api/v1/consultation/numbers.csv?$PERIOD"
measure "CSV windows-31j, whole deployment" "$EVALUATOR" "/api/v1/consultation/numbers.csv?$PERIOD&encoding=windows-31j"
measure "xlsx, whole deployment" "$EVALUATOR" "/api/v1/consultation/numbers.xlsx?$PERIOD"
measure "page, whole deployment" "$EVALUATOR" "/consultation/numbers?$PERIOD"
