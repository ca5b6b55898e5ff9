#!/usr/bin/env bash
# How late escalation steps are told with two nodes, one killed mid-way: two application instances
# on the city-scale database (bench/city-benchmark.sh --generate-only), every open alert's current
# step made due at one moment, node a killed with SIGKILL a second later; then each step's
# lateness: from that moment to the TIMED_OUT recorded for it (the next step is told in the same
# transaction). MODE=missed instead makes 1,000 expected contacts overdue and measures from their
# deadline to the alert and to its first message handed over. Needs psql, curl, Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-tsunagu_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
HEAP=${HEAP:--Xmx512m}
WORK=var/bench
mkdir -p "$WORK"
export PGHOST PGPORT PGUSER
q() { psql -X -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
test -f target/tsunagu.jar || mvn -q -DskipTests package

start() {
  java "$HEAP" -jar target/tsunagu.jar "--spring.datasource.url=$URL" "--spring.datasource.username=$PGUSER" \
    "--server.port=$1" --tsunagu.demo.enabled=false > "$WORK/escalation-$1.log" 2>&1 &
  echo $!
}
A=$(start 8091)
B=$(start 8092)
trap 'kill -9 "$A" "$B" 2>/dev/null || true' EXIT
for port in 8091 8092; do
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null && break; sleep 1; done
done
if [[ "${MODE:-steps}" == missed ]]; then
  T0=$(q "UPDATE watch.expected_contact SET next_due_at = now() WHERE id IN (SELECT id FROM watch.expected_contact WHERE active ORDER BY id LIMIT 1000) RETURNING now()" | head -1)
  sleep 1
  kill -9 "$A"
  echo "1,000 contacts due at $T0; node a killed a second later"
  for _ in $(seq 1 120); do
    sent=$(q "SELECT count(*) FROM watch.message m JOIN watch.alert a ON a.id = m.alert_id WHERE a.missed_at IS NOT NULL AND a.opened_at >= '$T0'::timestamptz AND m.sent_at IS NOT NULL")
    [[ "$sent" -ge 1000 ]] && break
    sleep 1
  done
  q "SELECT 'alerts opened: ' || count(*) || ', deadline to alert p50 ' || round(extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY opened_at - '$T0'::timestamptz))::numeric, 2) || ' s, p99 ' || round(extract(epoch FROM percentile_cont(0.99) WITHIN GROUP (ORDER BY opened_at - '$T0'::timestamptz))::numeric, 2) || ' s' FROM watch.alert WHERE cause = 'MISSED_CONTACT' AND opened_at >= '$T0'::timestamptz"
  q "SELECT 'first messages handed over: ' || count(*) || ', deadline to message p50 ' || round(extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY m.sent_at - '$T0'::timestamptz))::numeric, 2) || ' s, p99 ' || round(extract(epoch FROM percentile_cont(0.99) WITHIN GROUP (ORDER BY m.sent_at - '$T0'::timestamptz))::numeric, 2) || ' s' FROM watch.message m JOIN watch.alert a ON a.id = m.alert_id WHERE a.cause = 'MISSED_CONTACT' AND a.opened_at >= '$T0'::timestamptz AND m.position = 1"
  q "SELECT 'occurrences with two alerts: ' || count(*) FROM (SELECT expected_contact_id, missed_at FROM watch.alert WHERE cause = 'MISSED_CONTACT' AND expected_contact_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) twice"
  exit 0
fi
OPEN=$(q "SELECT count(*) FROM watch.alert WHERE status = 'OPEN' AND step_due_at IS NOT NULL")
echo "open alerts with a step due later: $OPEN"
T0=$(q "UPDATE watch.alert SET step_due_at = now() WHERE status = 'OPEN' AND step_due_at IS NOT NULL RETURNING now()" | head -1)
sleep 1
kill -9 "$A"
echo "node a killed 1 s after the deadline $T0"
for _ in $(seq 1 120); do
  left=$(q "SELECT count(*) FROM watch.alert WHERE status = 'OPEN' AND step_due_at <= '$T0'::timestamptz")
  [[ "$left" == 0 ]] && break
  sleep 1
done
q "SELECT 'steps moved: ' || count(*) || ', lateness p50 ' || round(extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY at - '$T0'::timestamptz))::numeric, 2) || ' s, p99 ' || round(extract(epoch FROM percentile_cont(0.99) WITHIN GROUP (ORDER BY at - '$T0'::timestamptz))::numeric, 2) || ' s, max ' || round(extract(epoch FROM max(at - '$T0'::timestamptz))::numeric, 2) || ' s' FROM watch.alert_event WHERE kind IN ('TIMED_OUT') AND at >= '$T0'::timestamptz"
q "SELECT 'steps recorded twice: ' || count(*) FROM (SELECT alert_id, kind, position FROM watch.alert_event WHERE kind IN ('NOTIFIED', 'TIMED_OUT', 'SKIPPED_CLOSED') GROUP BY 1, 2, 3 HAVING count(*) > 1) twice"
