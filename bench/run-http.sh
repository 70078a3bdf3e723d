#!/usr/bin/env bash
# HTTP figures with wrk (Debian package) against the packaged jar on H2 file storage, -Xmx256m.
# Usage: bench/run-http.sh [seconds per run, default 20]. Prints a markdown table for bench/RESULTS.md.
# Needs: wrk, curl. Builds the jar unless SKIP_BUILD=1. APP_OPTS adds JVM options, e.g. the "before" of
# issue 18 in the same jar: APP_OPTS="-Ddiagnostic.submissions.group-commit=false -Ddiagnostic.reports.page-cache-bytes=0
# -Ddiagnostic.reports.kept-results=0".
# PostgreSQL instead of H2: PG_URL=jdbc:postgresql://host:port/db [PG_USER=..] [PG_PASSWORD=..] bench/run-http.sh;
# it builds the PostgreSQL jar (rebuild with ./mvnw package afterwards for H2) and the database should be empty.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
PORT=18090
BASE="http://localhost:$PORT"
DATA="$(mktemp -d)"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
DB_ENV=()
if [ -n "${PG_URL:-}" ]; then
  [ "${SKIP_BUILD:-0}" = 1 ] || QUARKUS_DATASOURCE_DB_KIND=postgresql ./mvnw -q -B package -DskipTests
  DB_ENV=(QUARKUS_DATASOURCE_JDBC_URL="$PG_URL" QUARKUS_DATASOURCE_USERNAME="${PG_USER:-diagnostic}"
          QUARKUS_DATASOURCE_PASSWORD="${PG_PASSWORD:-}")
else
  [ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
fi

start_ns=$(date +%s%N)
env "${DB_ENV[@]}" DIAGNOSTIC_ADMIN_PASSWORD='benchmark admin passphrase' DIAGNOSTIC_AUTH_SECURE_COOKIE=false \
  java -Xmx256m ${APP_OPTS:-} -Dquarkus.http.port=$PORT -Ddiagnostic.data-dir="$DATA" -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$DATA/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do sleep 0.1; done
token=$(curl -fs -H 'Content-Type: application/json' -d "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" bench/submit.lua)" \
  "$BASE/api/v1/questionnaires/quick-check/responses" | sed 's/.*"token":"\([^"]*\)".*/\1/')
curl -fs -o /dev/null "$BASE/r/$token"
first_report_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

run() { # name, then wrk arguments; prints "name|req/s|p50|p99"
  local name=$1; shift
  local out
  out=$(wrk -t2 -c64 -d"${DURATION}s" --latency "$@")
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "$name|$rps|$p50|$p99"
}

# Growth: SEED=N stores N responses first (varied answers, as real takers give), so the figures can be
# compared between 1,000 and 200,000 stored responses.
SEED="${SEED:-0}"
seeded=0
while [ "$seeded" -lt "$SEED" ]; do
  n=$(wrk -t2 -c64 -d10s -s bench/submit-varied.lua "$BASE/api/v1/questionnaires/quick-check/responses" \
      | awk '/requests in/ {print $1}')
  seeded=$((seeded + n))
done
[ "$SEED" -eq 0 ] || echo "Stored before measuring: $seeded responses (plus the runs' own)." >&2

# Warm-up: the JIT compiles each path while it runs; measured runs start warm (10 s each was enough
# for the figures to settle on this machine; 5 s left the report run at half speed).
WARM="${WARM:-10}"
wrk -t2 -c64 -d"${WARM}s" "$BASE/api/v1/questionnaires" >/dev/null
wrk -t2 -c64 -d"${WARM}s" -s bench/submit.lua "$BASE/api/v1/questionnaires/quick-check/responses" >/dev/null
wrk -t2 -c64 -d"${WARM}s" "$BASE/r/$token" >/dev/null
baseline=$(run "GET /api/v1/questionnaires (baseline)" "$BASE/api/v1/questionnaires")
submit=$(run "POST a response (validate, score, store, histograms, outbox)" -s bench/submit.lua "$BASE/api/v1/questionnaires/quick-check/responses")
report=$(run "GET /r/{token} (HTML report with comparison)" "$BASE/r/$token")
rss_mb=$(( $(ps -o rss= -p $PID) / 1024 ))
base_rps=$(echo "$baseline" | cut -d'|' -f2)

echo "| Request | req/s | ratio to baseline | p50 | p99 |"
echo "|---|---|---|---|---|"
for line in "$baseline" "$submit" "$report"; do
  IFS='|' read -r name rps p50 p99 <<< "$line"
  ratio=$(awk -v a="$rps" -v b="$base_rps" 'BEGIN {printf "%.2f", a / b}')
  echo "| $name | $rps | $ratio | $p50 | $p99 |"
done
echo
# issue 18's targets, judged from this run: ratios to the baseline of the same run, p99 in milliseconds.
ms() { awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) v += 0; else if (t ~ /s$/) v *= 1000; else if (t ~ /m$/) v *= 60000; print v }'; }
target() { # name, line, minimum ratio (the comparisons are bracketed: a bare > in printf's list redirects)
  IFS='|' read -r _ rps _ p99 <<< "$2"
  awk -v n="$1" -v r="$(awk -v a="$rps" -v b="$base_rps" 'BEGIN {print a / b}')" -v min="$3" -v p="$(ms "$p99")" \
    'BEGIN { printf "Target %s: ratio %.2f (>= %.2f: %s), p99 %.1f ms (< 50: %s)\n", n, r, min, (r >= min ? "met" : "NOT met"), p, (p < 50 ? "met" : "NOT met") }'
}
target "durable submission" "$submit" 0.40
target "report page" "$report" 0.50
echo "Process start to first served report: ${first_report_ms} ms. RSS after the runs (-Xmx256m): ${rss_mb} MiB (target < 400: $([ "$rss_mb" -lt 400 ] && echo met || echo NOT met))."
echo "OutOfMemoryError lines in the log: $(grep -c OutOfMemoryError "$DATA/app.log" || true)" # grep -c exits 1 on none
