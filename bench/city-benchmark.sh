#!/usr/bin/env bash
# Reproduces the city-scale figures: a fresh database with 横浜市's 400,000 persons and 100,000
# cases, the app on it, and wrk against name search, the person page, the work lists of an agency
# worker (busiest 包括) and a coordinator (busiest ward 社協), and the case page. Needs psql, curl,
# wrk, python3, Maven.
#
#   bench/city-benchmark.sh                  # everything, 30 s per wrk run
#   DURATION=10s bench/city-benchmark.sh     # shorter runs
#   SCENARIOS="worklist case" bench/city-benchmark.sh   # some scenarios only
#   bench/city-benchmark.sh --generate-only  # only (re)create and fill the database
#   bench/city-benchmark.sh --reuse          # rebuild the app, keep the database generated before
#   JAR=/tmp/old/target/tsunagu.jar bench/city-benchmark.sh --reuse
#                                            # another build (e.g. the last landed) on the same data
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-tsunagu_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8089}
HEAP=${HEAP:--Xmx512m}
JAR=${JAR:-}
DURATION=${DURATION:-30s}
# The JVM's compilers settle only after about two minutes of load on a 2-core machine (the agency
# worker's work list fell from 10.9 to 2.6 ms of application CPU per page over its first 140 s):
# a shorter warm-up measures the compilers at work, not the application.
WARMUP=${WARMUP:-60s}
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
SCENARIOS=${SCENARIOS:-search person page worklist worklist-api case case-api coordinator coordinator-api}
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
BASE="http://127.0.0.1:$PORT"
WORK=var/bench
mkdir -p "$WORK"
export PGHOST PGPORT PGUSER

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "$1"; }

BENCH_FILES=(var/bench-token.txt var/bench-token-worker.txt var/bench-token-coordinator.txt var/bench-cases-worker.txt)
GENERATE=(java "$HEAP" -jar target/tsunagu.jar generate-city "--spring.datasource.url=$URL" "--spring.datasource.username=$PGUSER")
if [[ "${1:-}" == "--reuse" ]]; then
  echo "== (a, b) build; reuse the database $DB and the tokens of the last generation"
  [[ -n "$JAR" ]] || mvn -q -DskipTests package
  for file in "${BENCH_FILES[@]}"; do
    test -s "$file" || { echo "nothing to reuse: no $file" >&2; exit 1; }
  done
  generate_seconds=$(sed -n 's/^generation (JVM start included): \([0-9.]*\) s$/\1/p' "$WORK/generate-time.txt" 2>/dev/null || echo 0)
else
  echo "== (a) fresh database $DB on $PGHOST:$PGPORT"
  psql_admin "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
  psql_admin "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"

  echo "== (b) build and generate"
  mvn -q -DskipTests package
  rm -f "${BENCH_FILES[@]}"
  started=$(date +%s%N)
  "${GENERATE[@]}" > "$WORK/generate.log" 2>&1 || { tail -20 "$WORK/generate.log" >&2; exit 1; }
  generate_seconds=$(( ($(date +%s%N) - started) / 1000000 ))e-3
  grep -E '^(generate-city|\[)' "$WORK/generate.log"
  for file in "${BENCH_FILES[@]}"; do
    test -s "$file" || { echo "generation failed: no $file" >&2; exit 1; }
  done
  printf 'generation (JVM start included): %.1f s\n' "$generate_seconds"
  printf 'generation (JVM start included): %.1f s\n' "$generate_seconds" > "$WORK/generate-time.txt"
fi
[[ "${1:-}" == "--generate-only" ]] && exit 0

echo "== (c) start the app on $BASE"
APP=(java "$HEAP" -jar "${JAR:-target/tsunagu.jar}" "--spring.datasource.url=$URL" "--spring.datasource.username=$PGUSER"
  "--server.port=$PORT" --tsunagu.demo.enabled=false
  # wrk sends far more than a client's fair share per token; the per-token limit is not measured.
  --tsunagu.api.requests-per-minute=100000000)
"${APP[@]}" > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" > /dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; see $WORK/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health" > /dev/null || { echo "the app is not healthy; see $WORK/app.log" >&2; exit 1; }

export TOKEN WORKER_TOKEN COORDINATOR_TOKEN CASE_IDS=var/bench-cases-worker.txt
TOKEN=$(tr -d '[:space:]' < var/bench-token.txt)
WORKER_TOKEN=$(tr -d '[:space:]' < var/bench-token-worker.txt)
COORDINATOR_TOKEN=$(tr -d '[:space:]' < var/bench-token-coordinator.txt)
read -r MIN_ID MAX_ID < <(psql -X -At -F ' ' -d "$DB" -c "SELECT min(id), max(id) FROM people.person")
export MIN_ID MAX_ID QUERIES="$WORK/queries.txt"

# Realistic queries from the name lists: family names (top-weighted) in kanji, hiragana,
# katakana, half-width katakana and kana prefixes; full names in kanji and katakana.
python3 - "$QUERIES" <<'PY'
import csv, random, sys, unicodedata
random.seed(14100)
half = {}
for cp in range(0xFF61, 0xFFA0):
    h = chr(cp); half.setdefault(unicodedata.normalize("NFKC", h), h)
for h in list(half.values()):
    for mark in ("\uFF9E", "\uFF9F"):
        full = unicodedata.normalize("NFKC", h + mark)
        if len(full) == 1: half.setdefault(full, h + mark)
to_half = lambda s: "".join(half.get(c, c) for c in s)
fam = list(csv.DictReader(open("src/main/resources/data/names/family_names.csv", encoding="utf-8")))
giv = list(csv.DictReader(open("src/main/resources/data/names/given_names.csv", encoding="utf-8")))
top = fam[:100]
queries = ["山田", "佐藤", "高橋", "やまだ", "ヤマダ", "ﾔﾏﾀﾞ"]
for i in range(300):
    f = random.choice(top if random.random() < 0.8 else fam); g = random.choice(giv)
    kind = i % 7
    q = [f["kanji"], f["hiragana"], f["katakana"], to_half(f["katakana"]), f["hiragana"][:2],
         f["kanji"] + g["kanji"], f["katakana"] + " " + g["katakana"]][kind]
    queries.append(q)
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(queries) + "\n")
PY

cat > "$WORK/search.lua" <<'LUA'
local queries, i = {}, 0
for line in io.lines(os.getenv("QUERIES")) do queries[#queries + 1] = line end
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Content-Type"] = "application/json"
function setup(thread) thread:set("offset", math.random(1, #queries)) end
request = function()
  i = i + 1
  local q = queries[(i + (offset or 0)) % #queries + 1]
  return wrk.format(nil, "/api/v1/persons/search", nil, '{"query":"' .. q .. '","page":0}')
end
LUA
cat > "$WORK/person.lua" <<'LUA'
local min, max = tonumber(os.getenv("MIN_ID")), tonumber(os.getenv("MAX_ID"))
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
request = function()
  return wrk.format("GET", "/api/v1/persons/" .. math.random(min, max))
end
LUA
sed 's|"/api/v1/persons/"|"/persons/"|' "$WORK/person.lua" > "$WORK/page.lua"
# A fixed path with the token in the named environment variable.
fixed_path() {
  cat > "$WORK/$1.lua" <<LUA
wrk.headers["Authorization"] = "Bearer " .. os.getenv("$3")
request = function()
  return wrk.format("GET", "$2")
end
LUA
}
fixed_path worklist / WORKER_TOKEN
fixed_path worklist-api /api/v1/worklist WORKER_TOKEN
fixed_path coordinator / COORDINATOR_TOKEN
fixed_path coordinator-api /api/v1/worklist COORDINATOR_TOKEN
# Cases the worker's 包括 leads, drawn at random (each wrk thread with its own seed).
cat > "$WORK/case-api.lua" <<'LUA'
local ids, threads = {}, 0
for line in io.lines(os.getenv("CASE_IDS")) do
  if line ~= "" then ids[#ids + 1] = line end
end
wrk.headers["Authorization"] = "Bearer " .. os.getenv("WORKER_TOKEN")
function setup(thread) threads = threads + 1; thread:set("seed", threads) end
function init(args) math.randomseed(seed or 1) end
request = function()
  return wrk.format("GET", "/api/v1/cases/" .. ids[math.random(1, #ids)])
end
LUA
sed 's|"/api/v1/cases/"|"/cases/"|' "$WORK/case-api.lua" > "$WORK/case.lua"
for script in search person page worklist worklist-api coordinator coordinator-api case case-api; do
  cat bench/wrk-result.lua >> "$WORK/$script.lua"
done

# One request per scenario first: a route that does not answer 200 is left out, with a warning.
first_case=$(head -1 "$CASE_IDS")
probe() {
  case $1 in
    search) curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d '{"query":"山田","page":0}' "$BASE/api/v1/persons/search" ;;
    person) curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/persons/$MIN_ID" ;;
    page) curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/persons/$MIN_ID" ;;
    worklist) curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $WORKER_TOKEN" "$BASE/" ;;
    worklist-api) curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $WORKER_TOKEN" "$BASE/api/v1/worklist" ;;
    coordinator) curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $COORDINATOR_TOKEN" "$BASE/" ;;
    coordinator-api) curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $COORDINATOR_TOKEN" "$BASE/api/v1/worklist" ;;
    case) curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $WORKER_TOKEN" "$BASE/cases/$first_case" ;;
    case-api) curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $WORKER_TOKEN" "$BASE/api/v1/cases/$first_case" ;;
    *) echo "unknown" ;;
  esac
}
RUNNABLE=()
for scenario in $SCENARIOS; do
  status=$(probe "$scenario")
  if [[ "$status" == 200 ]]; then
    RUNNABLE+=("$scenario")
  else
    echo "warning: $scenario answers $status, left out" >&2
  fi
done
((${#RUNNABLE[@]})) || { echo "no scenario answers 200; see $WORK/app.log" >&2; exit 1; }

echo "== (d) warm-up ($WARMUP per scenario), then $RUNS runs of $DURATION: ${RUNNABLE[*]}"
declare -A RESULTS
for scenario in "${RUNNABLE[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/$scenario.lua" "$BASE" > /dev/null
done
for scenario in "${RUNNABLE[@]}"; do
  for run in $(seq 1 "$RUNS"); do
    line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/$scenario.lua" "$BASE" \
      | tee "$WORK/$scenario-$run.txt" | grep '^RESULT')
    RESULTS[$scenario,$run]=${line#RESULT }
    echo "$scenario run $run: ${RESULTS[$scenario,$run]}"
  done
done

owner() {
  psql -X -At -d "$DB" -c "SELECT u.username FROM platform.api_token t JOIN platform.app_user u ON u.id = t.user_id WHERE t.token_hash = sha256(convert_to('$1', 'UTF8'))"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
name() {
  case $1 in
    search) echo "name search (POST /api/v1/persons/search)" ;;
    person) echo "person record (GET /api/v1/persons/{id})" ;;
    page) echo "person page, HTML (GET /persons/{id})" ;;
    worklist) echo "work list, agency worker, HTML (GET /)" ;;
    worklist-api) echo "work list, agency worker (GET /api/v1/worklist)" ;;
    coordinator) echo "work list, coordinator, HTML (GET /)" ;;
    coordinator-api) echo "work list, coordinator (GET /api/v1/worklist)" ;;
    case) echo "case page, HTML (GET /cases/{id})" ;;
    case-api) echo "case record (GET /api/v1/cases/{id})" ;;
  esac
}

echo
echo "## City-scale benchmark ($(date -u +%F))"
echo
echo "| scenario | run | median ms | p95 ms | p99 ms | req/s | errors/non-2xx |"
echo "|---|---|---|---|---|---|---|"
for scenario in "${RUNNABLE[@]}"; do
  for run in $(seq 1 "$RUNS"); do
    read -r p50 p95 p99 rps bad <<< "${RESULTS[$scenario,$run]}"
    echo "| $(name $scenario) | $run | $p50 | $p95 | $p99 | $rps | $bad |"
  done
  cols=()
  for c in 1 2 3 4 5; do
    cols+=("$(for run in $(seq 1 "$RUNS"); do echo "${RESULTS[$scenario,$run]}" | cut -d' ' -f$c; done | median)")
  done
  echo "| **$(name $scenario)** | **median of $RUNS** | **${cols[0]}** | **${cols[1]}** | **${cols[2]}** | **${cols[3]}** | ${cols[4]} |"
done
echo
printf -- '- data: 横浜市, 400,000 persons, 100,000 cases, 150,000 referrals, generated in %.1f s with `%s`\n' "$generate_seconds" "${GENERATE[*]}"
echo "- app: \`${APP[*]}\` (heap $HEAP)"
echo "- load: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s $WORK/<scenario>.lua $BASE\`, $RUNS runs after a $WARMUP warm-up; queries in $QUERIES, person ids $MIN_ID–$MAX_ID, $(wc -l < "$CASE_IDS") case ids in $CASE_IDS; tokens of \`bench\`, the agency worker \`$(owner "$WORKER_TOKEN")\` and the coordinator \`$(owner "$COORDINATOR_TOKEN")\`"
echo "- machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 " GB RAM" }'), $(uname -sr), $(java -version 2>&1 | head -1), $(psql -X -At -d postgres -c 'SHOW server_version') on $PGHOST"
