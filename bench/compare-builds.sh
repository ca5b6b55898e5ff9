#!/usr/bin/env bash
# Two builds on one generated set, taking turns (base, this one, base, this one…), so the drift of
# a shared machine falls on both alike: what a change costs, as a ratio of p95s. Needs the set of
# bench/city-benchmark.sh --generate-only; each turn is one run of city-benchmark.sh --reuse.
#
#   bench/compare-builds.sh 108e2ef                        # that revision against the working tree
#   ROUNDS=5 SCENARIOS="search worklist" bench/compare-builds.sh main~3
#   BASE_SQL="ALTER TABLE …" BASE_UNDO_SQL="ALTER TABLE …" bench/compare-builds.sh 108e2ef
#                                          # for a base whose code reads a column since replaced
#
# DURATION, WARMUP and SCENARIOS are city-benchmark.sh's (defaults here: 20s, 10s, four pages).
set -euo pipefail
cd "$(dirname "$0")/.."

REV=${1:?usage: bench/compare-builds.sh REVISION}
ROUNDS=${ROUNDS:-3}
DB=${DB:-tsunagu_bench}
export SCENARIOS=${SCENARIOS:-search worklist case coordinator}
export DURATION=${DURATION:-20s} WARMUP=${WARMUP:-10s} RUNS=1
OUT=var/compare
mkdir -p "$OUT"

echo "== build this working tree and $REV"
mvn -q -DskipTests package
cp target/tsunagu.jar "$OUT/head.jar"
rm -rf "$OUT/base-src"
mkdir -p "$OUT/base-src"
git archive "$REV" | tar -x -C "$OUT/base-src"
(cd "$OUT/base-src" && mvn -q -DskipTests package)
cp "$OUT/base-src/target/tsunagu.jar" "$OUT/base.jar"

sql() { [[ -z "$1" ]] || psql -X -q -v ON_ERROR_STOP=1 -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$DB" -c "$1"; }

declare -A P95 RPS
for round in $(seq 1 "$ROUNDS"); do
  for build in base head; do
    echo "== round $round: $build"
    [[ $build == base ]] && sql "${BASE_SQL:-}"
    JAR="$OUT/$build.jar" bench/city-benchmark.sh --reuse > "$OUT/$build-$round.log" 2>&1 \
      || { tail -20 "$OUT/$build-$round.log" >&2; exit 1; }
    [[ $build == base ]] && sql "${BASE_UNDO_SQL:-}"
    for scenario in $SCENARIOS; do
      read -r _ p95 _ rps _ < <(sed -n "s/^$scenario run 1: //p" "$OUT/$build-$round.log")
      P95[$build,$scenario]+="$p95 "
      RPS[$build,$scenario]+="$rps "
      echo "$scenario: p95 $p95 ms, $rps req/s"
    done
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "## $REV against $(git rev-parse --short HEAD)$(git diff --quiet || echo ' with changes') ($(date -u +%F)), $ROUNDS rounds"
echo
echo "| scenario | p95 ms, $REV (runs → median) | p95 ms, this build | this / $REV | req/s, $REV → this |"
echo "|---|---|---|---|---|"
for scenario in $SCENARIOS; do
  base=$(median <<< "${P95[base,$scenario]}")
  head=$(median <<< "${P95[head,$scenario]}")
  echo "| $scenario | ${P95[base,$scenario]}→ **$base** | ${P95[head,$scenario]}→ **$head** |" \
    "$(awk -v h="$head" -v b="$base" 'BEGIN { printf "%.2f", h / b }') |" \
    "$(median <<< "${RPS[base,$scenario]}") → $(median <<< "${RPS[head,$scenario]}") |"
done
