#!/bin/sh
# GET /api/v1/kpis over the last whole evaluation year, office-wide and for one department, with the KPI read model
# off (PORTAL_KPI_READ_MODEL=false: summed over the petitions, as before issue 16) and on, on PostgreSQL grown to ROWS
# petitions with bench/grow-petitions.sql (issue 16). Prints req/s, p50, p95, p99 and errors of wrk per case.
#   mvn -B -o -q clean package -DskipTests && ROWS=500000 bench/kpi-bench.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
PORT=${PORT:-$((20000 + $$ % 20000))}
ROWS=${ROWS:-500000}
KEY=${KEY:-demo-key-123}
DURATION=${DURATION:-20s}
DEPARTMENT=${DEPARTMENT:-D-CIVIL}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PGDATABASE=kpimodel_bench_$$
export PGHOST PGPORT PGUSER PGDATABASE
JAR=$ROOT/target/minwon-portal-microbundle.jar
[ -f "$JAR" ] || { echo "Build first: mvn -B -o -q clean package -DskipTests" >&2; exit 2; }
command -v wrk > /dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
RUN=$ROOT/target/kpi-bench-$$
mkdir -p "$RUN"
cat > "$RUN/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

stop() {
  if [ -f "$RUN/pid" ]; then
    kill "$(cat "$RUN/pid")" 2> /dev/null || true
    i=0; while kill -0 "$(cat "$RUN/pid")" 2> /dev/null && [ $i -lt 60 ]; do sleep 1; i=$((i + 1)); done
    rm -f "$RUN/pid"
  fi
}
cleanup() { stop; dropdb --if-exists "$PGDATABASE" || true; rm -rf "$RUN/data"; }
trap cleanup EXIT INT TERM

start() {
  if curl -s -o /dev/null "http://localhost:$PORT/"; then echo "port $PORT is taken; set PORT" >&2; exit 2; fi
  (cd "$RUN" && PORTAL_KPI_READ_MODEL=$1 PORTAL_DEMO=true PORTAL_DEMO_API_KEY=$KEY PORTAL_DATA_DIR=$RUN/data \
    PORTAL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
    PORTAL_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?reWriteBatchedInserts=true" \
    PORTAL_DB_USER=$PGUSER PORTAL_DB_PASSWORD=unused-with-trust \
    exec java -Djava.io.tmpdir="$RUN" -jar "$JAR" --port "$PORT" --nocluster --disablephonehome >> "$RUN/server.log" 2>&1) &
  echo $! > "$RUN/pid"
  started=$(date +%s)
  until kill -0 "$(cat "$RUN/pid")" 2> /dev/null && curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do
    if ! kill -0 "$(cat "$RUN/pid")" 2> /dev/null || [ $(( $(date +%s) - started )) -gt 2400 ]; then
      echo "portal did not come up; see $RUN/server.log" >&2; tail -30 "$RUN/server.log" >&2; exit 1
    fi
    sleep 2
  done
  echo "portal (read model $1) ready after $(( $(date +%s) - started )) s"
}

createdb "$PGDATABASE"
start true
psql -q -v target="$ROWS" -f "$HERE/grow-petitions.sql"
stop
# The last whole evaluation year (October–September) before the office's today.
YEAR=$(date +%Y); [ "$(date +%m)" -ge 10 ] || YEAR=$((YEAR - 1))
FROM=$((YEAR - 1))-10-01
TO=$YEAR-09-30
printf '%-40s %8s %8s %8s %8s %6s\n' "case" "req/s" "p50 ms" "p95 ms" "p99 ms" "errors"
for model in true false; do
  start $model
  grep "KPI read model rebuilt" "$RUN/server.log" | tail -1 || true
  for scope in office department; do
    url="http://localhost:$PORT/api/v1/kpis?from=$FROM&to=$TO"
    [ $scope = office ] || url="$url&department=$DEPARTMENT"
    wrk -t2 -c16 -d10s -H "Authorization: Bearer $KEY" "$url" > /dev/null
    line=$(wrk -t2 -c16 -d"$DURATION" -H "Authorization: Bearer $KEY" -s "$RUN/p95.lua" "$url" | grep RESULT)
    set -- $line
    printf '%-40s %8s %8s %8s %8s %6s\n' "kpis $scope, read model $model" "$2" "$3" "$4" "$5" "$6"
  done
  curl -s -H "Authorization: Bearer $KEY" "http://localhost:$PORT/api/v1/kpis?from=$FROM&to=$TO" > "$RUN/kpis-$model.json"
  stop
done
if cmp -s "$RUN/kpis-false.json" "$RUN/kpis-true.json"; then echo "same figures with and without the read model"
else echo "FIGURES DIFFER:"; cat "$RUN/kpis-false.json"; echo; cat "$RUN/kpis-true.json"; echo; fi
