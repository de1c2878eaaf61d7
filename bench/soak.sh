#!/bin/sh
# The soak (issue 19, not in CI): USERS people (default 50) for MINUTES (default 60) through the balancer of a 2-node
# cluster, printing errors and p95 per page every REPORT_MINUTES (default 5) and each node's heap after a full GC.
#
#   bench/soak.sh                                  # starts config/cluster/local.sh on a fresh PostgreSQL database
#   PORTAL_URL=http://127.0.0.1:8080 PORTAL_PIDS="1234" bench/soak.sh   # against a portal already running
#
# Without PORTAL_URL it needs config/cluster/local.sh (the cluster), a built bundle (mvn -B -q package -DskipTests),
# PostgreSQL on PGHOST:PGPORT as PGUSER (createdb/dropdb) and starts the cluster in demo mode with the API key KEY
# (default demo-key-123); it stops the cluster and drops the database at the end. With PORTAL_URL the portal must run
# in demo mode with PORTAL_DEMO_API_KEY=$KEY; PORTAL_PIDS lists the node JVMs whose heap is printed (else the pids in
# PORTAL_CLUSTER_STATE/node*.pid). THINK_MS (default 1000): each person's pause between requests, so 50 people make
# about 50 requests/s. See bench/README.md.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
MINUTES=${MINUTES:-60}
USERS=${USERS:-50}
REPORT_MINUTES=${REPORT_MINUTES:-5}
THINK_MS=${THINK_MS:-1000}
KEY=${KEY:-demo-key-123}
CLUSTER=$ROOT/config/cluster/local.sh
export PORTAL_CLUSTER_STATE=${PORTAL_CLUSTER_STATE:-$ROOT/target/soak-cluster}
STARTED_CLUSTER=
DB=

stop_all() {
  [ -n "${HEAP_PID:-}" ] && kill "$HEAP_PID" 2>/dev/null || true
  if [ -n "$STARTED_CLUSTER" ]; then "$CLUSTER" stop || true; fi
  if [ -n "$DB" ]; then dropdb --if-exists "$DB" || true; fi
}
trap stop_all EXIT INT TERM

if [ -z "${PORTAL_URL:-}" ]; then
  if [ ! -x "$CLUSTER" ]; then
    echo "No config/cluster/local.sh: set PORTAL_URL to a running portal (demo mode, PORTAL_DEMO_API_KEY=$KEY)." >&2
    exit 2
  fi
  PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
  export PGHOST PGPORT PGUSER
  DB=minwon_soak_$$
  createdb "$DB"
  export PORTAL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
  export PORTAL_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true"
  export PORTAL_DB_USER=$PGUSER
  export PORTAL_DB_PASSWORD=${PORTAL_DB_PASSWORD-unused-with-trust}
  export PORTAL_DEMO=true PORTAL_DEMO_API_KEY=$KEY
  export PORTAL_CLUSTER_NODES=${PORTAL_CLUSTER_NODES:-2}
  "$CLUSTER" start
  STARTED_CLUSTER=yes
  PORTAL_URL=http://127.0.0.1:${PORTAL_CLUSTER_PORT:-8088}
fi

pids() {
  if [ -n "${PORTAL_PIDS:-}" ]; then
    for p in $PORTAL_PIDS; do echo "pid$p $p"; done
  else
    for f in "$PORTAL_CLUSTER_STATE"/node*.pid; do
      [ -f "$f" ] && echo "$(basename "$f" .pid) $(cat "$f")"
    done
  fi
}

# Heap after a full GC of every node (jcmd GC.run, then GC.heap_info's used figure), one line per node.
heaps() {
  pids | while read -r node pid; do
    if jcmd "$pid" GC.run >/dev/null 2>&1; then
      used=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' | grep -o '[0-9]*')
      echo "heap after GC  $node (pid $pid): $((${used:-0} / 1024)) MB  at $(date -u +%H:%M:%S)"
    else
      echo "heap after GC  $node (pid $pid): not reachable (node down?)"
    fi
  done
}

echo "soak: $USERS people for $MINUTES min against $PORTAL_URL (report every $REPORT_MINUTES min, think $THINK_MS ms)"
heaps
(
  while sleep $(echo "$REPORT_MINUTES * 60" | bc | cut -d. -f1); do heaps; done
) &
HEAP_PID=$!

status=0
java "$HERE/Soak.java" "$PORTAL_URL" "$USERS" "$MINUTES" "$KEY" "$REPORT_MINUTES" "$THINK_MS" || status=$?
kill "$HEAP_PID" 2>/dev/null || true
HEAP_PID=
heaps
exit $status
