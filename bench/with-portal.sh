#!/bin/sh
# Starts the built portal in demo mode on a fresh database, runs the given command with PORT set, then stops the
# portal and removes the database. DB=h2 (embedded, a fresh data dir under target/) or DB=postgres (a fresh database
# on PGHOST:PGPORT as PGUSER, created with createdb and dropped at the end). PORTAL_JAVA_OPTS adds JVM options (e.g.
# -XX:StartFlightRecording=filename=/tmp/portal.jfr,settings=profile for a profile). See bench/README.md.
#   DB=postgres bench/with-portal.sh bench/import-bench.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
DB=${DB:-h2}
PORT=${PORT:-8393}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PORT PGHOST PGPORT PGUSER
JAR=$ROOT/target/minwon-portal-microbundle.jar
[ -f "$JAR" ] || { echo "Build first: mvn -B -o -q clean package -DskipTests" >&2; exit 2; }
RUN=$ROOT/target/bench-run-$$
mkdir -p "$RUN"
PGDATABASE=minwon_bench_$$
export PGDATABASE

if [ "$DB" = postgres ]; then
  createdb "$PGDATABASE"
  # Trust authentication ignores the password; MicroProfile Config treats an empty value as missing, so the
  # embedded default would apply anyway: a dummy one says so plainly.
  export PORTAL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
  # reWriteBatchedInserts: the driver sends a JDBC batch of inserts as multi-row INSERTs (what production should use).
  export PORTAL_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?reWriteBatchedInserts=true"
  export PORTAL_DB_USER=$PGUSER
  export PORTAL_DB_PASSWORD=${PORTAL_DB_PASSWORD-unused-with-trust}
fi

cleanup() {
  if [ -f "$RUN/pid" ]; then
    kill "$(cat "$RUN/pid")" 2>/dev/null || true
    # wait for the JVM to let go of the database before dropping it
    i=0; while kill -0 "$(cat "$RUN/pid")" 2>/dev/null && [ $i -lt 60 ]; do sleep 1; i=$((i + 1)); done
  fi
  if [ "$DB" = postgres ]; then dropdb --if-exists "$PGDATABASE" || true; fi
  rm -rf "$RUN/data"
}
trap cleanup EXIT INT TERM

(cd "$RUN" && PORTAL_DEMO=true PORTAL_DEMO_API_KEY=${KEY:-demo-key-123} PORTAL_DATA_DIR=$RUN/data \
  exec java ${PORTAL_JAVA_OPTS:-} -Djava.io.tmpdir="$RUN" -jar "$JAR" --port "$PORT" --nocluster --disablephonehome > "$RUN/server.log" 2>&1) &
echo $! > "$RUN/pid"
PORTAL_PID=$(cat "$RUN/pid")
export PORTAL_PID
started=$(date +%s)
until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do
  if ! kill -0 "$(cat "$RUN/pid")" 2>/dev/null || [ $(( $(date +%s) - started )) -gt 600 ]; then
    echo "portal did not come up; see $RUN/server.log" >&2; tail -30 "$RUN/server.log" >&2; exit 1
  fi
  sleep 2
done
echo "portal ($DB) ready on port $PORT after $(( $(date +%s) - started )) s; log $RUN/server.log"
"$@"
