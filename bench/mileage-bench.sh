#!/bin/sh
# Mileage read-side benchmark on PostgreSQL: a fresh database, the portal in demo mode on it, 1,500 staff and
# 25,000 scored petitions a quarter generated into it, then medians of My mileage and the rankings over HTTP and the
# time of a year's replay. See bench/README.md.
set -eu
PORT=${PORT:-8090}
KEY=${KEY:-demo-key-123}
DB=${DB:-minwon_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
STAFF=${STAFF:-1500}
PER_QUARTER=${PER_QUARTER:-25000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
YEAR=${YEAR:-$(TZ=Asia/Seoul date +%Y)}
PERIOD=${PERIOD:-$YEAR-Q$(( ($(TZ=Asia/Seoul date +%-m) - 1) / 3 + 1 ))}
PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
RUN=$ROOT/target/bench-run
[ -f "$ROOT/target/minwon-portal-microbundle.jar" ] || { echo "Build first: mvn -B -o -q clean package -DskipTests"; exit 1; }

psql -h "$PGHOST" -U "$PGUSER" -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" postgres
mkdir -p "$RUN"
cd "$RUN"
PORTAL_DEMO=true PORTAL_DEMO_API_KEY=$KEY PORTAL_DATA_DIR=$RUN/data \
PORTAL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource PORTAL_DB_URL=jdbc:postgresql://$PGHOST:5432/$DB \
PORTAL_DB_USER=$PGUSER PORTAL_DB_PASSWORD=bench \
  java -Djava.io.tmpdir="$RUN" -jar ../minwon-portal-microbundle.jar --port "$PORT" --nocluster --disablephonehome \
  > "$RUN/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
echo "portal pid $SERVER starting on $PORT (log $RUN/server.log)"
until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do sleep 5; done
echo "ready; generating"
java -cp "$ROOT/target/classes:$PGJAR" "$HERE/MileageBench.java" generate "jdbc:postgresql://$PGHOST:5432/$DB" "$PGUSER" bench \
  "$STAFF" "$PER_QUARTER" "$YEAR"
java "$HERE/MileageBench.java" measure "http://localhost:$PORT" "$KEY" "$PERIOD" "$YEAR"
