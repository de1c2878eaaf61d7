#!/bin/bash
# Pre-notice benchmark against a portal running on PostgreSQL (see bench/README.md).
set -euo pipefail
PORT=${PORT:-8191}
KEY=${KEY:-demo-key-123}
N=${N:-100000}
DB=${DB:-minwon_bench_notice}
URL=${JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/$DB}
PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar)
run() { curl -s -X POST -H "Authorization: Bearer $KEY" "http://localhost:$PORT/api/v1/notices/run?$1"; echo; }

java -cp "$PGJAR" bench/NoticeBench.java generate "$URL" postgres "" "$N"
echo "1) first sweep (plans every new petition: inserts) and delivery of what is due now, unbounded:"
run "sweep=true&limit=1000000"
echo "2) second sweep (steady state: nothing to change) — the planner run over all open petitions:"
run "sweep=true&limit=1"
echo "3) third sweep:"
run "sweep=true&limit=1"
