#!/usr/bin/env bash
# Mutual aid at city scale, on the database bench/city-benchmark.sh generated (50,000 supporters, a
# year of about a million visit reports, the last month unsettled, 5,000 open requests next week
# for the busiest programme): the ranked supporters for one request under wrk; the week's 5,000
# open requests assigned in batch; a small week solved exactly beside the heuristic (the gap in %);
# and a month's settlement of each co-op programme with its progress read while it runs. The
# settlement closes the month: run it again only on a freshly generated database.
# Needs psql, curl, wrk, Maven.
#
#   bench/city-benchmark.sh --generate-only && bench/aid-benchmark.sh
#   PARTS="ranking batch" CONNECTIONS=4 bench/aid-benchmark.sh      # some parts only
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-tsunagu_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8089}
HEAP=${HEAP:--Xmx512m}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-2}
BATCH_RUNS=${BATCH_RUNS:-5}
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
BASE="http://127.0.0.1:$PORT"
WORK=var/bench
mkdir -p "$WORK"
export PGHOST PGPORT PGUSER
q() { psql -X -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }

test -f target/tsunagu.jar || mvn -q -DskipTests package
[[ $(q "SELECT count(*) FROM aid.activity_report") -gt 0 ]] || { echo "no visit reports: run bench/city-benchmark.sh --generate-only" >&2; exit 1; }
PARTS=${PARTS:-ranking batch exact settlement}
has() { [[ " $PARTS " == *" $1 "* ]]; }

BUSIEST=$(q "SELECT programme_id FROM aid.help_request WHERE status = 'OPEN' GROUP BY programme_id ORDER BY count(*) DESC LIMIT 1")
STAFF=$(q "SELECT u.username FROM platform.app_user u JOIN aid.programme p ON p.organization_id = u.organization_id WHERE p.id = $BUSIEST AND u.role = 'COOP_STAFF' ORDER BY u.id LIMIT 1")
token() {
  local user=$1 tok="tsu_aidbench_$1_$RANDOM$RANDOM"
  q "INSERT INTO platform.api_token (user_id, name, token_hash, expires_at) SELECT id, 'aid-bench', sha256(convert_to('$tok', 'UTF8')), now() + interval '1 day' FROM platform.app_user WHERE username = '$user'" > /dev/null
  echo "$tok"
}
export STAFF_TOKEN REQUESTS="$WORK/aid-requests.txt" PROGRAMME=$BUSIEST
STAFF_TOKEN=$(token "$STAFF")
q "SELECT id FROM aid.help_request WHERE programme_id = $BUSIEST AND status = 'OPEN' ORDER BY id" > "$REQUESTS"
echo "busiest programme $BUSIEST: $(q "SELECT count(*) FROM aid.member WHERE programme_id = $BUSIEST AND member_type = 'SUPPORTER'") supporters, $(q "SELECT count(*) FROM aid.member WHERE programme_id = $BUSIEST AND member_type = 'RECIPIENT'") recipients, $(wc -l < "$REQUESTS") open requests next week; staff $STAFF"
echo "all programmes: $(q "SELECT count(*) FROM aid.member WHERE member_type = 'SUPPORTER'") supporters, $(q "SELECT count(*) FROM aid.activity_report") visit reports, $(q "SELECT count(*) FROM aid.entry") ledger entries"

echo "== start the app on $BASE ($HEAP)"
java "$HEAP" -jar target/tsunagu.jar "--spring.datasource.url=$URL" "--spring.datasource.username=$PGUSER" \
  "--server.port=$PORT" --tsunagu.demo.enabled=false --tsunagu.api.requests-per-minute=100000000 \
  > "$WORK/aid-app.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" > /dev/null && break
  sleep 1
done
api() { curl -s -H "Authorization: Bearer $STAFF_TOKEN" -H 'Content-Type: application/json' "$@"; }

if has ranking; then
cat > "$WORK/ranking.lua" <<'LUA'
local ids, n = {}, 0
for line in io.lines(os.getenv("REQUESTS")) do if line ~= "" then ids[#ids + 1] = line end end
wrk.headers["Authorization"] = "Bearer " .. os.getenv("STAFF_TOKEN")
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/aid/programmes/" .. os.getenv("PROGRAMME") .. "/requests/" .. ids[(n * 7919) % #ids + 1] .. "/suggestions")
end
LUA
cat bench/wrk-result.lua >> "$WORK/ranking.lua"
first=$(head -1 "$REQUESTS")
echo "probe: $(api -o /dev/null -w '%{http_code}' "$BASE/api/v1/aid/programmes/$BUSIEST/requests/$first/suggestions"), $(api "$BASE/api/v1/aid/programmes/$BUSIEST/requests/$first/suggestions" | grep -o '"memberId"' | wc -l) ranked"
echo "== ranking one request: wrk $THREADS threads x $CONNECTIONS connections, warm-up $WARMUP, $RUNS x $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/ranking.lua" "$BASE" > /dev/null
for r in $(seq 1 "$RUNS"); do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/ranking.lua" "$BASE" | grep '^RESULT' \
    | awk -v r="$r" '{printf "ranking run %d: p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %7.1f req/s  errors %d\n", r, $2, $3, $4, $5, $6}'
done
fi

if has batch; then
WEEK=$(q "SELECT (min(starts_at) AT TIME ZONE 'Asia/Tokyo')::date FROM aid.help_request WHERE programme_id = $BUSIEST AND status = 'OPEN'")
echo "== batch: the week of $WEEK ($(wc -l < "$REQUESTS") open requests), $BATCH_RUNS proposals"
for r in $(seq 1 "$BATCH_RUNS"); do
  started=$(date +%s%N)
  id=$(api -X POST -d "{\"week\":\"$WEEK\"}" "$BASE/api/v1/aid/programmes/$BUSIEST/batch-proposals" | grep -o '[0-9]*')
  total=$(( ($(date +%s%N) - started) / 1000000 ))
  q "SELECT format('batch run $r: %s ms over HTTP (read, solve and store), solve and read %s ms; %s of %s assigned, travel %s km, continuity %s %%, spread of hours %s h, cost %s', $total, solve_millis, assigned, requests, round(travel_km::numeric, 1), round(100 * continuity::numeric, 1), round(hours_spread::numeric, 2), round(total_cost::numeric, 1)) FROM aid.batch_proposal WHERE id = $id"
done
fi

if has exact; then
# A small week on the same supporters: 14 requests of one ward's recipients on two mornings.
SMALL=$(q "SELECT p.id FROM aid.programme p JOIN people.organization o ON o.id = p.organization_id WHERE o.type = 'SHAKYO' ORDER BY (SELECT count(*) FROM aid.member m WHERE m.programme_id = p.id) DESC LIMIT 1")
SMALL_STAFF=$(q "SELECT u.username FROM platform.app_user u JOIN aid.programme p ON p.organization_id = u.organization_id WHERE p.id = $SMALL AND u.role = 'COORDINATOR' ORDER BY u.id LIMIT 1")
SMALL_TOKEN=$(token "$SMALL_STAFF")
DAY=$(q "SELECT ((now() AT TIME ZONE 'Asia/Tokyo')::date + 14 - extract(isodow FROM now() AT TIME ZONE 'Asia/Tokyo')::int + 1)")
echo "== exact optimum: $SMALL_STAFF takes 14 requests in programme $SMALL for the week of $DAY"
for i in $(seq 0 13); do
  recipient=$(q "SELECT id FROM aid.member WHERE programme_id = $SMALL AND member_type = 'RECIPIENT' ORDER BY id OFFSET $((i * 7)) LIMIT 1")
  curl -s -o /dev/null -H "Authorization: Bearer $SMALL_TOKEN" -H 'Content-Type: application/json' -X POST \
    -d "{\"recipientId\":$recipient,\"service\":\"SHOPPING\",\"date\":\"$(date -d "$DAY + $((i % 2 * 2)) days" +%F)\",\"starts\":\"$((9 + i % 4)):00\",\"minutes\":60}" \
    "$BASE/api/v1/aid/programmes/$SMALL/requests"
done
id=$(curl -s -H "Authorization: Bearer $SMALL_TOKEN" -H 'Content-Type: application/json' -X POST -d "{\"week\":\"$DAY\"}" "$BASE/api/v1/aid/programmes/$SMALL/batch-proposals" | grep -o '[0-9]*')
q "SELECT format('small week: %s requests, %s assigned; heuristic cost %s, exact optimum %s, gap %s %%', requests, assigned, round(total_cost::numeric, 2), round(optimum_cost::numeric, 2), round((100 * (total_cost - optimum_cost) / abs(optimum_cost))::numeric, 2)) FROM aid.batch_proposal WHERE id = $id"
fi

if has settlement; then
MONTH=$(q "SELECT to_char((now() AT TIME ZONE 'Asia/Tokyo') - interval '1 month', 'YYYY-MM')")
echo "== settlement of $MONTH for each co-op programme: started (202), its progress read every second until CLOSED"
for programme in $(q "SELECT DISTINCT p.id FROM aid.programme p JOIN people.organization o ON o.id = p.organization_id WHERE o.type = 'COOP' ORDER BY p.id"); do
  staff=$(q "SELECT u.username FROM platform.app_user u JOIN aid.programme p ON p.organization_id = u.organization_id WHERE p.id = $programme AND u.role = 'COOP_STAFF' ORDER BY u.id LIMIT 1")
  tok=$(token "$staff")
  items=$(q "SELECT count(*) FROM aid.activity_report WHERE programme_id = $programme AND journal_id IS NULL")
  started=$(date +%s%N)
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' -X POST -d "{\"month\":\"$MONTH\"}" "$BASE/api/v1/aid/programmes/$programme/settlements")
  answered=$(( ($(date +%s%N) - started) / 1000000 ))
  status=""
  for _ in $(seq 1 600); do
    progress=$(curl -s -H "Authorization: Bearer $tok" "$BASE/api/v1/aid/programmes/$programme/settlements/$MONTH")
    status=$(echo "$progress" | grep -o '"status":"[A-Z]*"' | cut -d'"' -f4)
    echo "  $(echo "$progress" | grep -o '"doneItems":[0-9]*,"totalItems":[0-9]*') $status"
    [[ "$status" == "CLOSED" || "$status" == "FAILED" ]] && break
    sleep 1
  done
  took=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "programme $programme: $items visits; start answered $code in $answered ms; $status after $took ms; ledger balanced: $(q "SELECT count(*) = 0 FROM (SELECT e.journal_id FROM aid.entry e JOIN aid.journal j ON j.id = e.journal_id JOIN aid.account a ON a.id = e.account_id WHERE j.programme_id = $programme GROUP BY e.journal_id, a.unit HAVING sum(e.amount) <> 0) x")"
done
fi
