#!/bin/sh
# Mileage read-side benchmark: a fresh database (PostgreSQL by default, DBKIND=h2 for the embedded one), the portal in
# demo mode on it, 1,500 staff and ~25,000 scored petitions a quarter generated into it, then medians of My mileage and
# the rankings over HTTP and the time of a year's replay. See bench/README.md.
set -eu
PORT=${PORT:-8090}
KEY=${KEY:-demo-key-123}
DBKIND=${DBKIND:-postgresql}
DB=${DB:-minwon_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
STAFF=${STAFF:-1500}
PER_QUARTER=${PER_QUARTER:-26300}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
YEAR=${YEAR:-$(TZ=Asia/Seoul date +%Y)}
PERIOD=${PERIOD:-$YEAR-Q$(( ($(TZ=Asia/Seoul date +%-m) - 1) / 3 + 1 ))}
RUN=$ROOT/target/bench-run-$DBKIND
[ -f "$ROOT/target/minwon-portal-microbundle.jar" ] || { echo "Build first: mvn -B -o -q clean package -DskipTests"; exit 1; }
rm -rf "$RUN"
mkdir -p "$RUN"
cd "$RUN"

if [ "$DBKIND" = h2 ]; then
  # The H2 the WAR ships (WEB-INF/lib, not Payara's older copy): the generator writes what the portal reads.
  unzip -q -o -j "$ROOT/target/minwon-portal.war" 'WEB-INF/lib/h2-*.jar' -d "$RUN"
  DRIVER=$(ls "$RUN"/h2-*.jar)
  URL="jdbc:h2:file:$RUN/data/minwon;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  DBUSER=portal; DBPASSWORD=portal
  export PORTAL_DATA_DIR=$RUN/data
else
  psql -h "$PGHOST" -U "$PGUSER" -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" postgres
  DRIVER=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
  URL=jdbc:postgresql://$PGHOST:5432/$DB
  DBUSER=$PGUSER; DBPASSWORD=bench
  export PORTAL_DATA_DIR=$RUN/data PORTAL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource PORTAL_DB_URL=$URL \
    PORTAL_DB_USER=$DBUSER PORTAL_DB_PASSWORD=$DBPASSWORD
fi
export PORTAL_DEMO=true PORTAL_DEMO_API_KEY=$KEY

start() {
  java -Djava.io.tmpdir="$RUN" -jar ../minwon-portal-microbundle.jar --port "$PORT" --nocluster --disablephonehome \
    >> "$RUN/server.log" 2>&1 &
  SERVER=$!
  echo "portal pid $SERVER starting on $PORT (log $RUN/server.log)"
  until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do sleep 5; done
}
trap 'kill ${SERVER:-0} 2>/dev/null || true' EXIT
start
if [ "$DBKIND" = h2 ]; then
  # The embedded database is locked while the portal runs: seed the demo, stop, generate, start again.
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
fi
echo "generating"
java -cp "$ROOT/target/classes:$DRIVER" "$HERE/MileageBench.java" generate "$URL" "$DBUSER" "$DBPASSWORD" \
  "$STAFF" "$PER_QUARTER" "$YEAR"
[ "$DBKIND" = h2 ] && start
java -cp "$ROOT/target/classes" "$HERE/MileageBench.java" measure "http://localhost:$PORT" "$KEY" "$PERIOD" "$YEAR"
