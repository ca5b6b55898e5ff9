#!/usr/bin/env bash
# Watch-over at city scale, on the database bench/city-benchmark.sh generated (200,000 watched
# persons with a daily contact each): the overdue scan, a driver's route and the alert board under
# wrk, check-ins over HTTP against a plain durable insert measured with pgbench in the same run, and
# a safety-check campaign over the ward with the most watched persons. Needs psql, pgbench, curl,
# wrk, Maven.
#
#   bench/city-benchmark.sh --generate-only && bench/watch-benchmark.sh
#   DURATION=10s WARMUP=20s bench/watch-benchmark.sh       # shorter runs
#   PARTS="pages checkins" SCENARIOS="alerts" bench/watch-benchmark.sh   # some parts only
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-tsunagu_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8089}
HEAP=${HEAP:--Xmx512m}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
BASE="http://127.0.0.1:$PORT"
WORK=var/bench
mkdir -p "$WORK"
export PGHOST PGPORT PGUSER
q() { psql -X -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }

test -f target/tsunagu.jar || mvn -q -DskipTests package
[[ $(q "SELECT count(*) FROM watch.target") -gt 0 ]] || { echo "no watch targets: run bench/city-benchmark.sh --generate-only" >&2; exit 1; }

PARTS=${PARTS:-overdue pages checkins campaign}
has() { [[ " $PARTS " == *" $1 "* ]]; }
if has overdue; then
echo "== overdue contacts: the scan's statement over every contact due within a day ($(q "SELECT count(*) FROM watch.expected_contact WHERE active") contacts)"
for i in 1 2 3 4 5; do
  psql -X -q -d "$DB" -c '\timing on' -c "SELECT count(*) FROM (SELECT id FROM watch.expected_contact WHERE active AND next_due_at <= now() + interval '1 day' ORDER BY next_due_at) due" | grep -o 'Time: [0-9.]* ms'
done
echo "contacts found: $(q "SELECT count(*) FROM watch.expected_contact WHERE active AND next_due_at <= now() + interval '1 day'")"
fi

# Tokens for a driver with a full round, a co-op staff member of the first ward's co-op, and the
# city 社協's coordinator (the benchmark's bench login), minted as the application stores them.
token() {
  local user=$1 tok="tsu_watchbench_$1_$RANDOM$RANDOM"
  q "INSERT INTO platform.api_token (user_id, name, token_hash, expires_at) SELECT id, 'watch-bench', sha256(convert_to('$tok', 'UTF8')), now() + interval '1 day' FROM platform.app_user WHERE username = '$user'" > /dev/null
  echo "$tok"
}
DRIVER=y-driver-01-001
COOP_USER=$(q "SELECT u.username FROM platform.app_user u JOIN watch.agreement a ON a.organization_id = u.organization_id WHERE u.role = 'COOP_STAFF' ORDER BY a.id, u.id LIMIT 1")
export DRIVER_TOKEN COOP_TOKEN BENCH_TOKEN TARGETS="$WORK/driver-targets.txt"
DRIVER_TOKEN=$(token "$DRIVER")
COOP_TOKEN=$(token "$COOP_USER")
BENCH_TOKEN=$(token bench)
q "SELECT w.target_id FROM watch.watcher w JOIN platform.app_user u ON u.id = w.user_id WHERE u.username = '$DRIVER'" > "$TARGETS"
echo "driver $DRIVER: $(wc -l < "$TARGETS") households; co-op staff $COOP_USER: $(q "SELECT count(*) FROM watch.alert a JOIN watch.alert_step s ON s.alert_id = a.id AND s.position = 1 JOIN platform.app_user u ON u.organization_id = s.organization_id WHERE u.username = '$COOP_USER' AND a.status = 'OPEN'") open alerts at its office"

echo "== start the app on $BASE ($HEAP)"
java "$HEAP" -jar target/tsunagu.jar "--spring.datasource.url=$URL" "--spring.datasource.username=$PGUSER" \
  "--server.port=$PORT" --tsunagu.demo.enabled=false --tsunagu.api.requests-per-minute=100000000 \
  > "$WORK/watch-app.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" > /dev/null && break
  sleep 1
done

fixed() {
  cat > "$WORK/$1.lua" <<LUA
wrk.headers["Authorization"] = "Bearer " .. os.getenv("$3")
request = function() return wrk.format("GET", "$2") end
LUA
}
fixed route /watch/route DRIVER_TOKEN
fixed route-api /api/v1/watch/route DRIVER_TOKEN
fixed alerts /watch/alerts COOP_TOKEN
fixed alerts-api /api/v1/watch/alerts COOP_TOKEN
cat > "$WORK/checkins.lua" <<'LUA'
local ids, n, threads = {}, 0, 0
for line in io.lines(os.getenv("TARGETS")) do if line ~= "" then ids[#ids + 1] = line end end
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("DRIVER_TOKEN")
wrk.headers["Content-Type"] = "application/json"
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
request = function()
  n = n + 1
  local key = "bench-" .. (tid or 0) .. "-" .. n .. "-" .. os.time()
  return wrk.format(nil, "/api/v1/watch/check-ins", {["Authorization"] = wrk.headers["Authorization"],
    ["Content-Type"] = "application/json", ["Idempotency-Key"] = key},
    '{"targetId":' .. ids[(n % #ids) + 1] .. ',"kind":"DELIVERY"}')
end
LUA
for script in route route-api alerts alerts-api checkins; do
  cat bench/wrk-result.lua >> "$WORK/$script.lua"
done
for p in /watch/route /watch/alerts; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $DRIVER_TOKEN" "$BASE$p")
  echo "probe $p as driver: $code"
done

run() {
  local scenario=$1
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/$scenario.lua" "$BASE" > /dev/null
  for r in $(seq 1 "$RUNS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/$scenario.lua" "$BASE" | grep '^RESULT' \
      | awk -v s="$scenario" -v r="$r" '{printf "%-10s run %d: p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %7.1f req/s  errors %d\n", s, r, $2, $3, $4, $5, $6}'
  done
}
echo "== wrk $THREADS threads x $CONNECTIONS connections, warm-up $WARMUP, $RUNS x $DURATION"
if has pages; then
  for scenario in ${SCENARIOS:-route route-api alerts alerts-api}; do run "$scenario"; done
fi

if has checkins; then
echo "== check-ins over HTTP (each acknowledged one committed; fsync $(q 'SHOW fsync'), synchronous_commit $(q 'SHOW synchronous_commit'))"
before=$(q "SELECT count(*) FROM watch.check_in")
run checkins
echo "check-ins stored: $(( $(q "SELECT count(*) FROM watch.check_in") - before ))"
echo "== the same machine's plain durable insert (pgbench, $CONNECTIONS clients, $THREADS threads)"
q "DROP TABLE IF EXISTS public.bench_insert; CREATE TABLE public.bench_insert (id bigserial PRIMARY KEY, target bigint, kind text, at timestamptz)" > /dev/null
echo "INSERT INTO public.bench_insert (target, kind, at) VALUES (1, 'DELIVERY', now());" > "$WORK/insert.sql"
pgbench -n -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" -f "$WORK/insert.sql" "$DB" 2>/dev/null | grep -E '^tps'
q "DROP TABLE public.bench_insert" > /dev/null
fi

has campaign || exit 0
echo "== safety-check campaign over the ward with the most watched persons"
WARD=$(q "SELECT d.district_id FROM watch.target t JOIN people.person_address pa ON pa.id = t.person_id JOIN people.area_district d ON d.area_id = pa.area_id GROUP BY d.district_id ORDER BY count(*) DESC LIMIT 1")
started=$(date +%s%N)
curl -s -o "$WORK/campaign.json" -w 'HTTP %{http_code}\n' -X POST -H "Authorization: Bearer $BENCH_TOKEN" \
  -H 'Content-Type: application/json' -d "{\"name\":\"bench\",\"areaId\":$WARD,\"declaredDisaster\":false}" "$BASE/api/v1/watch/campaigns"
echo "campaign created and assigned in $(( ($(date +%s%N) - started) / 1000000 )) ms: $(q "SELECT count(*) FROM watch.safety_check s JOIN watch.campaign c ON c.id = s.campaign_id WHERE c.name = 'bench' AND c.id = (SELECT max(id) FROM watch.campaign)") checks"
