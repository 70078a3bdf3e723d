#!/usr/bin/env bash
# The whole mix for a while (default 600 s) against the packaged jar on H2, -Xmx256m: respondents
# stepping through journey-ownership drafts and leaving leads, API clients submitting quick-checks
# and reading results, visitors rereading reports, a 40-person workshop with the projector polling
# and the team report read on phones, and every webhook delivered to a receiver in the load program
# (src/test/java/no/journeydiag/bench/MixedLoad.java). Exits non-zero on any error.
# Usage: bench/run-mixed.sh [seconds]. Builds the jar unless SKIP_BUILD=1. Results: bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-600}"
PORT=18092
HOOK_PORT=18093
BASE="http://localhost:$PORT"
DATA="$(mktemp -d)"
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
DIAGNOSTIC_ADMIN_PASSWORD='benchmark admin passphrase' DIAGNOSTIC_AUTH_SECURE_COOKIE=false \
  java -Xmx256m ${APP_OPTS:-} -Dquarkus.http.port=$PORT -Ddiagnostic.data-dir="$DATA" -Dquarkus.log.level=WARN \
  -Ddiagnostic.webhooks.allow-http=true -Ddiagnostic.webhooks.allow-loopback=true \
  -Ddiagnostic.webhooks.targets.load.url="http://127.0.0.1:$HOOK_PORT/hook" \
  -Ddiagnostic.webhooks.targets.load.secret='mixed load receiver secret' \
  -jar target/quarkus-app/quarkus-run.jar > "$DATA/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do sleep 0.2; done
status=0
java -cp "target/test-classes:$(cat target/bench-classpath.txt)" no.journeydiag.bench.MixedLoad \
  "$BASE" "$DURATION" 'benchmark admin passphrase' "$HOOK_PORT" || status=$?
echo "RSS at the end (-Xmx256m): $(( $(ps -o rss= -p $PID) / 1024 )) MiB."
echo "OutOfMemoryError lines in the log: $(grep -c OutOfMemoryError "$DATA/app.log" || true)"
echo "ERROR lines in the log: $(grep -c ' ERROR ' "$DATA/app.log" || true)"
grep ' ERROR ' "$DATA/app.log" | head -5 || true
exit $status
