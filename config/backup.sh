#!/bin/sh
# Backs up and restores the portal: the database and the case attachments (PORTAL_DATA_DIR/attachments), with the
# same PORTAL_* settings the portal runs with (README, Operations › Backups).
#
#   config/backup.sh backup [DIR]     writes DIR (default ./backup-YYYYMMDD-HHMMSS): database + attachments.tar.gz
#   config/backup.sh restore DIR      restores DIR into the database and data folder the settings name
#
# PostgreSQL (PORTAL_DB_URL=jdbc:postgresql://host:port/db?...): pg_dump's custom format (database.dump), taken while
# the portal runs (one consistent snapshot); restore with pg_restore into an EMPTY database (createdb first), the
# portal stopped. The embedded H2 database (the default, or any jdbc:h2: URL): H2's SCRIPT (database.sql.zip) and
# RUNSCRIPT; a file database is locked while the portal runs, so stop the portal for both (an H2 server
# jdbc:h2:tcp://... can be backed up while it runs). Restore into an empty database (a new PORTAL_DATA_DIR or a new
# database name). H2's tools come from H2_JAR (default: the H2 in the local Maven repository, else the one in the
# built WAR under target/).
# The database is dumped before the attachments are copied: attachments are stored by content and only added, so a
# case saved in between finds its file in the copy (a file nobody refers to is harmless).
set -eu

usage() { echo "usage: $0 backup [DIR] | restore DIR" >&2; exit 2; }
die() { echo "backup.sh: $*" >&2; exit 1; }

DATA_DIR=${PORTAL_DATA_DIR:-./data}
case "$DATA_DIR" in /*) ;; *) DATA_DIR=$PWD/${DATA_DIR#./} ;; esac
URL=${PORTAL_DB_URL:-jdbc:h2:file:$DATA_DIR/minwon;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE}
DB_USER=${PORTAL_DB_USER:-portal}
DB_PASSWORD=${PORTAL_DB_PASSWORD:-portal}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")

h2_jar() {
  if [ -n "${H2_JAR:-}" ]; then echo "$H2_JAR"; return; fi
  jar=$(ls "$HOME"/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar 2>/dev/null || true)
  if [ -z "$jar" ]; then
    war=$(ls "$ROOT"/target/*.war 2>/dev/null | head -1 || true)
    [ -n "$war" ] || die "set H2_JAR to H2 2.5.252's jar (the portal's H2)"
    mkdir -p "$ROOT/target/backup-tools"
    (cd "$ROOT/target/backup-tools" && unzip -o -q -j "$war" 'WEB-INF/lib/h2-*.jar')
    jar=$(ls "$ROOT"/target/backup-tools/h2-*.jar | head -1)
  fi
  echo "$jar"
}

# jdbc:postgresql://host[:port]/db[?...] -> PGHOST, PGPORT, PGDATABASE for pg_dump/pg_restore
pg_target() {
  rest=${URL#jdbc:postgresql://}
  hostport=${rest%%/*}
  db=${rest#*/}
  db=${db%%\?*}
  PGHOST=${hostport%%:*}
  PGPORT=5432
  case "$hostport" in *:*) PGPORT=${hostport##*:} ;; esac
  PGDATABASE=$db
  PGUSER=$DB_USER
  export PGHOST PGPORT PGDATABASE PGUSER
  if [ -n "$DB_PASSWORD" ] && [ -z "${PGPASSWORD:-}" ]; then PGPASSWORD=$DB_PASSWORD; export PGPASSWORD; fi
}

backup() {
  dir=${1:-./backup-$(date +%Y%m%d-%H%M%S)}
  [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ] && die "$dir exists and is not empty"
  mkdir -p "$dir"
  case "$URL" in
    jdbc:postgresql:*)
      pg_target
      pg_dump --format=custom --no-owner --file="$dir/database.dump"
      kind=postgresql ;;
    jdbc:h2:*)
      java -cp "$(h2_jar)" org.h2.tools.Script -url "$URL" -user "$DB_USER" -password "$DB_PASSWORD" \
        -script "$dir/database.sql.zip" -options compression zip
      kind=h2 ;;
    *) die "unsupported PORTAL_DB_URL: $URL" ;;
  esac
  if [ -d "$DATA_DIR/attachments" ]; then
    tar -C "$DATA_DIR" -czf "$dir/attachments.tar.gz" attachments
  else
    tar -czf "$dir/attachments.tar.gz" -T /dev/null
  fi
  files=$(tar -tzf "$dir/attachments.tar.gz" | grep -c -v '/$' || true)
  {
    echo "made=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "database=$kind"
    echo "attachments=$files"
  } > "$dir/backup.properties"
  echo "backup.sh: backed up the $kind database and $files attachment file(s) to $dir"
}

restore() {
  dir=${1:-}
  [ -n "$dir" ] && [ -f "$dir/backup.properties" ] || die "no backup in '${dir}' (backup.properties missing)"
  kind=$(sed -n 's/^database=//p' "$dir/backup.properties")
  case "$kind:$URL" in
    postgresql:jdbc:postgresql:*)
      pg_target
      tables=$(psql -At -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
      [ "$tables" = 0 ] || die "database $PGDATABASE is not empty ($tables tables): restore into a new one (createdb)"
      pg_restore --no-owner --exit-on-error --single-transaction --dbname="$PGDATABASE" "$dir/database.dump" ;;
    h2:jdbc:h2:*)
      java -cp "$(h2_jar)" org.h2.tools.RunScript -url "$URL" -user "$DB_USER" -password "$DB_PASSWORD" \
        -script "$dir/database.sql.zip" -options compression zip ;;
    *) die "the backup holds a $kind database; PORTAL_DB_URL is $URL" ;;
  esac
  mkdir -p "$DATA_DIR"
  tar -C "$DATA_DIR" -xzf "$dir/attachments.tar.gz"
  echo "backup.sh: restored the $kind database and $(sed -n 's/^attachments=//p' "$dir/backup.properties") attachment file(s) from $dir"
}

case "${1:-}" in
  backup) shift; backup "$@" ;;
  restore) shift; restore "$@" ;;
  *) usage ;;
esac
