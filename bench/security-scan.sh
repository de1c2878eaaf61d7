#!/usr/bin/env bash
# Security scan of a RUNNING Minwon Portal (issue 14). Starts nothing itself; not part of CI.
#
#   bench/security-scan.sh [URL]          (or PORTAL_URL=...; default http://localhost:8080)
#
# - Debian's wapiti (modules xss, permanentxss, sql, blindsql, exec, file, crlf, redirect, xxe) anonymously and signed
#   in as each demo role (the portal must run with PORTAL_DEMO=true; PORTAL_DEMO_PASSWORD, default minwon1234!);
# - sqlmap against the REST API's query and path parameters with the key PORTAL_DEMO_API_KEY.
# Time per role: SCAN_MAX_SECONDS (900), per module SCAN_MAX_ATTACK_SECONDS; SCAN_ROLES to scan fewer roles.
# Installs wapiti and sqlmap with apt-get when missing. Prints the findings per module and exits non-zero on any.
# The scan writes (forms are submitted with attack values): run it against a demo portal, never on real data.
set -uo pipefail

URL="${1:-${PORTAL_URL:-http://localhost:8080}}"
URL="${URL%/}"
DEMO_PASSWORD="${PORTAL_DEMO_PASSWORD:-minwon1234!}"
API_KEY="${PORTAL_DEMO_API_KEY:-}"
MODULES="xss,permanentxss,sql,blindsql,exec,file,crlf,redirect,xxe"
OUT="${SCAN_OUT:-$(mktemp -d /tmp/minwon-scan.XXXXXX)}"
mkdir -p "$OUT"
ROLES="${SCAN_ROLES:-anonymous demo.employee demo.manager demo.head demo.reviewer demo.auditor demo.admin}"
MAX_SCAN_TIME="${SCAN_MAX_SECONDS:-900}"
MAX_ATTACK_TIME="${SCAN_MAX_ATTACK_SECONDS:-$((MAX_SCAN_TIME / 6))}"
DEPTH="${SCAN_DEPTH:-4}"

need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "== installing $2 (apt-get)"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq "$2" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq "$2" >/dev/null; fi
  command -v "$1" >/dev/null 2>&1 || { echo "cannot install $2" >&2; exit 2; }
}
need wapiti wapiti
need sqlmap sqlmap
need curl curl
need python3 python3

curl -fsS -o /dev/null "$URL/health/ready" || { echo "no portal answering at $URL/health/ready" >&2; exit 2; }
echo "== scanning $URL; reports in $OUT"

# Signs in through the login form like a browser; prints the session cookie value.
sign_in() {
  local user="$1" jar="$OUT/$1.cookies" page viewstate nonce
  rm -f "$jar"
  page=$(curl -fsS -c "$jar" -b "$jar" "$URL/login.xhtml") || return 1
  viewstate=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//;s/&#58;/:/g')
  nonce=$(printf '%s' "$page" | grep -o 'nonce="[^"]*"' | head -1 | sed 's/nonce="//;s/"$//')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$user" \
    --data-urlencode "loginForm:password=$DEMO_PASSWORD" --data-urlencode "loginForm:signIn=" \
    --data-urlencode "jakarta.faces.ViewState=$viewstate" --data-urlencode "primefaces.nonce=$nonce" \
    "$URL/login.xhtml" || return 1
  awk '$6 == "JSESSIONID" {v=$7} END {print v}' "$jar"
}

status=0
summary="$OUT/summary.txt"
: > "$summary"

for role in $ROLES; do
  report="$OUT/wapiti-$role.json"
  args=(-u "$URL/" -m "$MODULES" --scope folder -f json -o "$report" --flush-session --max-scan-time "$MAX_SCAN_TIME"
        --max-attack-time "$MAX_ATTACK_TIME" -d "$DEPTH" --max-links-per-page 60
        --verify-ssl 0)
  # The top bar's sign-out is a form without fields (issue 16): nothing for the modules to inject into, so the scan's
  # session is not ended by them; the language switch's "back" is attacked like any field (it only redirects within).
  # No -x exclusions: Debian's wapiti 3.0.4 crashes on them under Python 3.11 ("global flags not at the start").
  if [ "$role" != anonymous ]; then
    cookie=$(sign_in "$role")
    if [ -z "$cookie" ]; then echo "!! sign-in of $role failed (is PORTAL_DEMO on?)" | tee -a "$summary"; status=1; continue; fi
    args+=(-H "Cookie: JSESSIONID=$cookie" -s "$URL/index.xhtml")
  fi
  echo "== wapiti as $role"
  wapiti "${args[@]}" >"$OUT/wapiti-$role.log" 2>&1 || echo "   (wapiti exited $?; see $OUT/wapiti-$role.log)"
  python3 - "$report" "$role" >>"$summary" <<'PY' || status=1
import json, sys
path, role = sys.argv[1], sys.argv[2]
try:
    data = json.load(open(path))
except Exception as e:
    print(f"{role}: no report ({e})"); sys.exit(1)
found = 0
for category, items in sorted(data.get("vulnerabilities", {}).items()):
    print(f"{role:16} {category:45} {len(items)}")
    for v in items:
        print(f"{'':16}   {v.get('method')} {v.get('path')} {v.get('parameter')}: {v.get('info')}")
    found += len(items)
sys.exit(1 if found else 0)
PY
done

if [ -n "$API_KEY" ]; then
  for target in \
      "/api/v1/petitions?department=D-CIVIL&handler=900001&status=OPEN&dueBefore=2026-12-31&page=0&size=10" \
      "/api/v1/kpis?from=2026-01-01&to=2026-03-31&department=D-CIVIL&handler=900001" \
      "/api/v1/cases?status=PUBLISHED&q=test&page=0&size=10" \
      "/api/v1/mileage/rankings?period=2026-Q1&level=PERSON&unit=D-CIVIL&first=0&size=10" \
      "/api/v1/deadlines?receivedAt=2026-03-02T10:00&period=3&unit=DAY" \
      "/api/v1/holidays?year=2026" \
      "/api/v1/staff/900001*/notices?page=0&size=10" \
      "/api/v1/petitions/2026-000001*"; do
    name=$(printf '%s' "$target" | tr -c 'A-Za-z0-9' '_' | cut -c1-60)
    echo "== sqlmap $target"
    sqlmap -u "$URL$target" -H "Authorization: Bearer $API_KEY" --batch --level 2 --risk 1 --random-agent \
      --output-dir "$OUT/sqlmap" --flush-session >"$OUT/sqlmap-$name.log" 2>&1
    if grep -q "is vulnerable\|sqlmap identified the following injection point" "$OUT/sqlmap-$name.log"; then
      echo "sqlmap           $target INJECTABLE (see $OUT/sqlmap-$name.log)" >>"$summary"; status=1
    else
      echo "sqlmap           $target 0" >>"$summary"
    fi
  done
else
  echo "!! PORTAL_DEMO_API_KEY not set: sqlmap against the REST API skipped" | tee -a "$summary"
  status=1
fi

echo "== findings (role, module, count)"
cat "$summary"
exit $status
