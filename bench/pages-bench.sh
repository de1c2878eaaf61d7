#!/bin/sh
# Pages under load (issue 16): a fresh PostgreSQL database, the portal started with the README's run command on it
# (demo mode), grown to ROWS petitions with bench/grow-petitions.sql, restarted, each demo role signed in (CONNS
# sessions each), warmed up, then wrk at CONNS connections over the login page, every main page of every role and the
# main REST reads. Prints one table (req/s, p50, p95, p99, errors, ratio to the login page of the same run), the
# portal's RSS idle and after the load, and its start-up time next to a bare Payara Micro's. See bench/README.md.
#   ROWS=500000 bench/pages-bench.sh          # district scale (default)
#   ROWS=5000000 bench/pages-bench.sh         # city scale
#   DB=name bench/pages-bench.sh              # on a database a run kept (KEEP_DB=1): no seeding, no growth, not dropped
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
ROWS=${ROWS:-500000}
PORT=${PORT:-8394}
CONNS=${CONNS:-16}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
KEY=${KEY:-demo-key-123}
ONLY=${ONLY:-}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PGDATABASE=${DB:-minwon_pages_bench_$$}
KEEP_DB=${KEEP_DB:-$([ -n "${DB:-}" ] && echo 1 || echo 0)}
export PGHOST PGPORT PGUSER PGDATABASE
# The README's run command and its JVM options (keep the two in step; PORTAL_JAVA_OPTS= runs with the JVM's defaults).
JAVA_OPTS=${PORTAL_JAVA_OPTS-"-XX:+UseSerialGC -Xms64m -Xmx512m -XX:MaxMetaspaceSize=512m -XX:ReservedCodeCacheSize=128m -Xss512k -XX:MaxDirectMemorySize=128m"}
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export MALLOC_ARENA_MAX
JAR=${JAR:-$ROOT/target/minwon-portal-microbundle.jar}
BARE=${PAYARA_MICRO:-$(ls ~/.m2/repository/fish/payara/extras/payara-micro/*/payara-micro-*.jar 2>/dev/null | tail -1)}
[ -f "$JAR" ] || { echo "Build first: mvn -B -o -q clean package -DskipTests" >&2; exit 2; }
command -v wrk > /dev/null || { echo "installing wrk"; apt-get install -y -q wrk > /dev/null || sudo apt-get install -y -q wrk > /dev/null; }
RUN=$ROOT/target/pages-bench-$$
mkdir -p "$RUN"
OUT=$RUN/results.txt
: > "$OUT"

[ -n "${DB:-}" ] || createdb "$PGDATABASE"
export PORTAL_DEMO=true PORTAL_DEMO_API_KEY=$KEY PORTAL_DATA_DIR=$RUN/data
export PORTAL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
export PORTAL_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?reWriteBatchedInserts=true"
export PORTAL_DB_USER=$PGUSER PORTAL_DB_PASSWORD=${PORTAL_DB_PASSWORD-unused-with-trust}

PID=
stop() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    i=0; while kill -0 "$PID" 2>/dev/null && [ $i -lt 60 ]; do sleep 1; i=$((i + 1)); done
    PID=
  fi
}
cleanup() {
  stop
  if [ "$KEEP_DB" = 1 ]; then echo "kept database $PGDATABASE (DB=$PGDATABASE runs on it again)"
  else dropdb --if-exists "$PGDATABASE" || true; fi
  rm -rf "$RUN/data"
}
trap cleanup EXIT INT TERM

millis() { date +%s%3N; }

# start: the README's run command (plus the port and the bench's own log and temp dir); sets PID and STARTUP_MS.
start() {
  t0=$(millis)
  (cd "$RUN" && exec java $JAVA_OPTS -Djava.io.tmpdir="$RUN" -jar "$JAR" --port "$PORT" --nocluster \
    --disablephonehome >> "$RUN/server.log" 2>&1) &
  PID=$!
  until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do
    if ! kill -0 "$PID" 2>/dev/null || [ $(( $(millis) - t0 )) -gt 900000 ]; then
      echo "portal did not come up; see $RUN/server.log" >&2; tail -30 "$RUN/server.log" >&2; exit 1
    fi
    sleep 0.2
  done
  STARTUP_MS=$(( $(millis) - t0 ))
}

# bare: a Payara Micro without an application on the same machine, the same JVM options, until it says it is ready.
bare() {
  [ -n "$BARE" ] && [ -f "$BARE" ] || { echo "n/a"; return; }
  mkdir -p "$RUN/bare"
  t0=$(millis)
  (cd "$RUN/bare" && exec java $JAVA_OPTS -Djava.io.tmpdir="$RUN/bare" -jar "$BARE" --port $((PORT + 1)) --nocluster \
    --disablephonehome > "$RUN/bare.log" 2>&1) &
  bpid=$!
  # Payara Micro's own "ready" line: an answer on the port could come from someone else's server.
  until grep -q "Payara Micro .* ready in" "$RUN/bare.log"; do
    kill -0 "$bpid" 2>/dev/null || { echo "n/a"; return; }
    sleep 0.2
  done
  echo $(( $(millis) - t0 ))
  kill "$bpid"; wait "$bpid" 2>/dev/null || true
}

rss_mb() { echo $(( $(ps -o rss= -p "$PID") / 1024 )); }

# signin USER: the login form as a browser posts it (view state, CSP nonce); prints the session's JSESSIONID|JSESSIONIDVERSION.
signin() {
  jar=$(mktemp)
  page=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login.xhtml")
  vs=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 \
    | sed 's/.*value="//;s/"$//;s/&#58;/:/g')
  nonce=$(printf '%s' "$page" | grep -o 'nonce="[^"]*"' | head -1 | sed 's/nonce="//;s/"$//')
  to=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$1" \
    --data-urlencode "loginForm:password=${PORTAL_DEMO_PASSWORD:-minwon1234!}" --data-urlencode "loginForm:signIn=" \
    --data-urlencode "jakarta.faces.ViewState=$vs" --data-urlencode "primefaces.nonce=$nonce" \
    "http://localhost:$PORT/login.xhtml")
  case "$to" in
    302*login.xhtml*|302\ ) echo "sign-in of $1 failed: $to" >&2; exit 1 ;;
    302*) ;;
    *) echo "sign-in of $1 failed: $to" >&2; exit 1 ;;
  esac
  # Both cookies: with <distributable/> Payara does not find the session from JSESSIONID alone (302 to the login page).
  awk '$6 == "JSESSIONID" { v = $7 } $6 == "JSESSIONIDVERSION" { w = $7 } END { print v (w == "" ? "" : "|" w) }' "$jar"
  rm -f "$jar"
}

# sessions USER: CONNS signed-in sessions of one person (one per connection, as CONNS people would be).
sessions() {
  s=""
  i=0
  while [ $i -lt "$CONNS" ]; do s="$s $(signin "$1")"; i=$((i + 1)); done
  echo "$s"
}

# load LABEL WHO PATH: warm-up, then the measured wrk run; WHO is a demo user, "anon" or "key". In the first pass
# (PASS=warm) only the warm-up runs: every page's code is compiled before any page is measured, so that the first
# rows do not pay for the JIT compiler's start (it took ~100 s of CPU in the first minutes at city scale).
PASS=measure
load() {
  case "$ONLY" in ''|*"$1"*) ;; *) return ;; esac
  case "$2" in
    anon) cookies=""; auth="" ;;
    key) cookies=""; auth=$KEY ;;
    *) cookies=$(eval echo "\$S_$(echo "$2" | tr . _)"); auth="" ;;
  esac
  COOKIES=$cookies AUTH=$auth wrk -t "$CONNS" -c "$CONNS" -d "${WARMUP}s" -s "$HERE/pages.lua" \
    "http://localhost:$PORT$3" > /dev/null
  [ "$PASS" = warm ] && return
  w=$(COOKIES=$cookies AUTH=$auth wrk -t "$CONNS" -c "$CONNS" -d "${DURATION}s" --timeout 10s -s "$HERE/pages.lua" \
    "http://localhost:$PORT$3")
  r=$(echo "$w" | grep '^RESULT')
  echo "$1|$2|$r" >> "$OUT"
  echo "  $1 ($2): $r $(echo "$w" | grep '^STATUS' || true)" | sed 's/RESULT/req\/s p50 p95 p99 errors requests:/' 
}

if [ -z "${DB:-}" ]; then
  echo "start on an empty database (demo seeding) $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)"
  start
  echo "  ready after $STARTUP_MS ms (first start, seeding included)"
  echo "growing petitions to $ROWS"
  t0=$(date +%s)
  psql -q -v target="$ROWS" -f "$HERE/grow-petitions.sql"
  echo "  grown in $(( $(date +%s) - t0 )) s"
  stop
  # The SQL growth bypasses the KPI read model: one start brings it up to date (as after any bulk load outside the
  # portal), so the timed start below measures a start on a consistent database, not a one-off rebuild.
  start
  echo "  started once to rebuild the KPI read model: $STARTUP_MS ms"
  stop
  # The growth leaves PostgreSQL's autovacuum minutes of work on the new rows: done now, not during the load.
  psql -q -c "VACUUM ANALYZE"
else
  ROWS=$(psql -Atc "SELECT count(*) FROM petition")
  echo "on database $PGDATABASE as it is: $ROWS petitions"
fi
BARE_MS=$(bare)
start
echo "restarted: ready after $STARTUP_MS ms; bare Payara Micro ${BARE_MS} ms"
sleep 5
RSS_IDLE=$(rss_mb)

for u in demo.employee demo.manager demo.head demo.reviewer demo.auditor demo.admin; do
  eval "S_$(echo "$u" | tr . _)=\"$(sessions "$u")\""
done

TZ_YEAR=$(TZ=Asia/Seoul date +%Y)
END=$([ "$(TZ=Asia/Seoul date +%-m)" -ge 10 ] && echo "$TZ_YEAR" || echo $((TZ_YEAR - 1)))
YEAR="from=$((END - 1))-10-01&to=$END-09-30"

echo "load: wrk -t$CONNS -c$CONNS, ${WARMUP} s warm-up + ${DURATION} s each; load average $(cut -d' ' -f1-3 /proc/loadavg)"
pages() {
  load "login page" anon /login.xhtml
  load "account/password (shell)" demo.employee /account/password.xhtml
  load "home" demo.employee /index.xhtml
  load "home (head)" demo.head /index.xhtml
  load "petitions/mine" demo.employee /petitions/mine.xhtml
  load "petitions/unit (team)" demo.manager /petitions/unit.xhtml
  load "petitions/unit (department)" demo.head /petitions/unit.xhtml
  load "petitions/overdue" demo.auditor /petitions/overdue.xhtml
  load "mileage/mine" demo.employee /mileage/mine.xhtml
  load "mileage/ranking" demo.employee /mileage/ranking.xhtml
  load "mileage/ranking (head)" demo.head /mileage/ranking.xhtml
  load "notices/inbox" demo.employee /notices/inbox.xhtml
  load "cases/board" demo.employee /cases/board.xhtml
  load "cases/review" demo.reviewer /cases/review.xhtml
  load "dashboard (head)" demo.head "/dashboard/index.xhtml?$YEAR"
  load "dashboard (office)" demo.auditor "/dashboard/index.xhtml?$YEAR"
  load "dashboard/extended-hours" demo.auditor "/dashboard/extended-hours.xhtml?$YEAR"
  load "dashboard/reports" demo.auditor /dashboard/reports.xhtml
  load "audit/log" demo.auditor /audit/log.xhtml
  load "staff/employees" demo.admin /staff/employees.xhtml
  load "staff/units" demo.admin /staff/units.xhtml
  load "petitions/types" demo.admin /petitions/types.xhtml
  load "notices/log" demo.admin /notices/log.xhtml
  load "calendar/admin" demo.admin /calendar/admin.xhtml
  load "GET /api/v1/petitions (handler, open)" key "/api/v1/petitions?handler=900001&status=OPEN&size=20"
  load "GET /api/v1/kpis (office, year)" key "/api/v1/kpis?$YEAR"
  load "GET /api/v1/kpis (D-CIVIL, year)" key "/api/v1/kpis?$YEAR&department=D-CIVIL"
  load "GET /api/v1/mileage/rankings" key /api/v1/mileage/rankings
  load "GET /api/v1/staff/900001/mileage" key /api/v1/staff/900001/mileage
}
echo "warm-up pass: every row for ${WARMUP} s, not measured"
PASS=warm
pages
PASS=measure
pages
RSS_LOADED=$(rss_mb)

echo
echo "==== pages, PostgreSQL, $ROWS petitions, wrk $CONNS connections ($CONNS sessions per role), ${DURATION} s each ===="
awk -F'|' '
  { split($3, r, " "); label[NR] = $1; who[NR] = $2; rps[NR] = r[2]; p50[NR] = r[3]; p95[NR] = r[4]; p99[NR] = r[5];
    err[NR] = r[6]; if ($1 == "login page") login = r[2] }
  END {
    printf "| %-40s | %-13s | %8s | %8s | %8s | %8s | %6s | %8s |\n", "page", "as", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "vs login"
    printf "| %-40s | %-13s | %8s | %8s | %8s | %8s | %6s | %8s |\n", "---", "---", "---", "---", "---", "---", "---", "---"
    for (i = 1; i <= NR; i++)
      printf "| %-40s | %-13s | %8.1f | %8.1f | %8.1f | %8.1f | %6d | %7.0f%% |\n", label[i], who[i], rps[i], p50[i], p95[i],
        p99[i], err[i], (login > 0 ? 100 * rps[i] / login : 0)
  }' "$OUT"
echo
echo "RSS: idle $RSS_IDLE MB, after the load $RSS_LOADED MB (JVM options: '${JAVA_OPTS}')"
echo "start-up to ready (grown database): portal $STARTUP_MS ms, bare Payara Micro $BARE_MS ms"
echo "load average (1/5/15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
grep -q OutOfMemoryError "$RUN/server.log" && echo "OutOfMemoryError in $RUN/server.log" || true
