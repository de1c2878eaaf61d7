#!/bin/sh
# Times POST /api/v1/imports/petitions on a running portal (embedded DB), then the same file again (all unchanged),
# and prints deadline computations per second on one thread. See bench/README.md.
set -eu
PORT=${PORT:-8080}
KEY=${KEY:-demo-key-123}
ROWS=${ROWS:-100000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
FILE=${FILE:-$ROOT/target/bench-petitions-$ROWS.csv}
PREFIX=${PREFIX:-B$(date +%H%M%S)}

WARMUP=${WARMUP:-60000}
# receipt: rows in receipt order, as the core system exports them; random: receipt times drawn at random per row
ORDER=${ORDER:-receipt}

java "$HERE/PetitionsCsv.java" "$ROWS" "$FILE" "$PREFIX" "$ORDER"
# A freshly started JVM runs the import interpreted at first: a file of other receipt numbers warms it up, as weeks of
# daily imports would in production (WARMUP=0 measures a cold portal). 60,000 rows: after 20,000 the JIT's C2 thread
# still took half a core during the measured import (a JFR profile), and the figure swung by a third from run to run.
if [ "$WARMUP" -gt 0 ]; then
  java "$HERE/PetitionsCsv.java" "$WARMUP" "$FILE.warmup" "W$PREFIX" "$ORDER"
  curl -s -o /dev/null -w "warm-up: $WARMUP rows, HTTP %{http_code} in %{time_total} s\n" -H "Authorization: Bearer $KEY" \
      -H 'Content-Type: text/csv' --data-binary "@$FILE.warmup" "http://localhost:$PORT/api/v1/imports/petitions"
  rm -f "$FILE.warmup"
fi
# CPU seconds the portal's JVM spent (user + system), when its pid is known (with-portal.sh exports PORTAL_PID):
# on a shared machine this says more than the wall clock.
cpu() {
  if [ -n "${PORTAL_PID:-}" ] && [ -r "/proc/$PORTAL_PID/stat" ]; then
    awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$PORTAL_PID/stat"
  else
    echo 0
  fi
}
for run in first again; do
  cpu0=$(cpu)
  start=$(date +%s.%N)
  answer=$(curl -s -w ' HTTP %{http_code}' -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' \
      --data-binary "@$FILE" "http://localhost:$PORT/api/v1/imports/petitions")
  end=$(date +%s.%N)
  cpu1=$(cpu)
  echo "$run: $(echo "$answer" | cut -c1-300)"
  echo "$run: $ROWS rows in $(echo "$end - $start" | bc) s = $(echo "$ROWS / ($end - $start)" | bc) rows/s" \
    "(${DB:-running portal}, $ORDER order; load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
  if [ -n "${PORTAL_PID:-}" ]; then
    echo "$run: portal JVM used $(echo "$cpu1 - $cpu0" | bc) CPU s = $(echo "$ROWS / ($cpu1 - $cpu0 + 0.001)" | bc) rows per CPU second"
  fi
done

if [ -d "$ROOT/target/classes" ]; then
  java -cp "$ROOT/target/classes" "$HERE/DeadlineThroughput.java"
  echo "deadline throughput: load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
else
  echo "Build first (mvn -o -q compile) for the deadline throughput."
fi
