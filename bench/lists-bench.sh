#!/bin/sh
# The list timings on PostgreSQL with five years of petitions: creates a fresh database, starts the portal in demo
# mode on it, grows the petitions to ROWS (default 500,000) with bench/grow-petitions.sql, times the lists with
# bench/ListTimings.java, then stops the portal and drops the database. See bench/README.md.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROWS=${ROWS:-500000}
N=${N:-100}
WARMUP=${WARMUP:-30}
SUITE=${SUITE:-lists}
export ROWS N WARMUP HERE SUITE
DB=postgres exec "$HERE/with-portal.sh" sh -c '
  set -eu
  echo "growing petitions to $ROWS (load $(cut -d" " -f1-3 /proc/loadavg))"
  start=$(date +%s)
  psql -q -v target="$ROWS" -f "$HERE/grow-petitions.sql"
  echo "grown in $(( $(date +%s) - start )) s"
  before=$(cut -d" " -f1-3 /proc/loadavg)
  java "$HERE/ListTimings.java" "$PORT" "$N" "$WARMUP" "${KEY:-demo-key-123}" "${SUITE:-lists}" > "$HERE/../target/lists-bench.txt"
  echo "==== ${SUITE:-lists}, PostgreSQL, $ROWS petitions, $N requests each after $WARMUP warm-up, one at a time ===="
  cat "$HERE/../target/lists-bench.txt"
  echo "load average (1/5/15 min) before: $before, after: $(cut -d" " -f1-3 /proc/loadavg); $(nproc) cores"
'
