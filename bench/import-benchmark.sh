#!/usr/bin/env bash
# Measures a 100,000-row CSV import on the city-scale database (run bench/city-benchmark.sh
# first): the app with a 512 MiB heap, the file uploaded over the API, progress polled until done.
#
#   bench/import-benchmark.sh            # 100,000 rows
#   ROWS=20000 bench/import-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-tsunagu_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8089}
HEAP=${HEAP:--Xmx512m}
ROWS=${ROWS:-100000}
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
BASE="http://127.0.0.1:$PORT"
WORK=var/bench
mkdir -p "$WORK"
export PGHOST PGPORT PGUSER

test -s var/bench-token.txt || { echo "run bench/city-benchmark.sh --generate-only first" >&2; exit 1; }
TOKEN=$(tr -d '[:space:]' < var/bench-token.txt)
psql -X -At -d "$DB" -c "SELECT name FROM people.area WHERE level = 'TOWN' GROUP BY name HAVING count(*) = 1" > "$WORK/towns.txt"

python3 - "$ROWS" "$WORK/import.csv" "$WORK/towns.txt" <<'PY'
import csv, random, sys
random.seed(2026)
rows, out, towns = int(sys.argv[1]), sys.argv[2], open(sys.argv[3], encoding="utf-8").read().split()
fam = list(csv.DictReader(open("src/main/resources/data/names/family_names.csv", encoding="utf-8")))
giv = list(csv.DictReader(open("src/main/resources/data/names/given_names.csv", encoding="utf-8")))
male = [g for g in giv if g["sex"] == "male"]; female = [g for g in giv if g["sex"] == "female"]
with open(out, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(["氏", "名", "氏カナ", "名カナ", "生年月日", "性別", "郵便番号", "住所", "電話", "世帯番号", "独居", "地区"])
    for i in range(rows):
        fa = fam[min(int(random.paretovariate(1.2)) - 1, len(fam) - 1)]
        sex = random.choice(["男", "女"]); g = random.choice(male if sex == "男" else female)
        y = random.randint(1930, 2005)
        birth = f"S{y - 1925}.{random.randint(1, 12)}.{random.randint(1, 28)}" if y < 1989 else f"{y}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
        w.writerow([fa["kanji"], g["kanji"], fa["katakana"], g["katakana"], birth, sex, "2310017",
                    f"{random.randint(1, 9)}-{random.randint(1, 30)}-{random.randint(1, 20)}",
                    f"090-0000-{random.randint(0, 9999):04d}", f"IMP-{i // 2}" if i % 3 == 0 else "",
                    random.choice(["はい", "いいえ"]), random.choice(towns) if i % 2 else ""])
PY
echo "file: $(wc -l < "$WORK/import.csv") lines, $(du -h "$WORK/import.csv" | cut -f1)"

APP=(java "$HEAP" -Xlog:gc:file="$WORK/import-gc.log" -jar target/tsunagu.jar "--spring.datasource.url=$URL"
  "--spring.datasource.username=$PGUSER" "--server.port=$PORT" --tsunagu.demo.enabled=false)
"${APP[@]}" > "$WORK/import-app.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$BASE/actuator/health" > /dev/null && break; sleep 1; done

started=$(date +%s%N)
job=$(curl -fs -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/import.csv;type=text/csv" "$BASE/api/v1/imports/persons")
id=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["id"])' "$job")
polls=0; seen=""
while :; do
  status=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/imports/$id")
  read -r state percent <<< "$(python3 -c 'import json,sys; s=json.loads(sys.argv[1]); print(s["status"], s["percent"])' "$status")"
  polls=$((polls + 1)); seen="$seen $percent"
  [[ $state == SUCCEEDED || $state == FAILED ]] && break
  sleep 1
done
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
heap=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$WORK/import-gc.log" | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -1)
echo "import of $ROWS rows: $state in $((elapsed / 1000)).$(( (elapsed % 1000) / 100 )) s; progress seen:$seen"
echo "largest heap after GC: ${heap:-?} MiB with $HEAP"
