#!/usr/bin/env bash
# HTTP figure for the team report of a large workshop: GET /t/{token} (the published team report page)
# with PARTICIPANTS (default 2,000) quick-check responses with random answers, on H2 files, -Xmx256m.
# The responses go in through the API; the workshop row and the participants' roles are then set in the
# stopped database with H2's shell (joining 2,000 times through the pages would measure the join flow).
# Usage: bench/run-team.sh [seconds, default 20]. Needs wrk, curl. Builds the jar unless SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
PARTICIPANTS="${PARTICIPANTS:-2000}"
PORT=18092
BASE="http://localhost:$PORT"
DATA="$(mktemp -d)"
H2="$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests

start() {
  DIAGNOSTIC_ADMIN_PASSWORD='benchmark admin passphrase' java -Xmx256m -Dquarkus.http.port=$PORT \
    -Ddiagnostic.data-dir="$DATA" -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar >> "$DATA/app.log" 2>&1 &
  PID=$!
  until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do sleep 0.1; done
}
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT

start
stored=0
while [ "$stored" -lt "$PARTICIPANTS" ]; do # wrk has no request count limit: short rounds, then trim below
  n=$(wrk -t1 -c4 -d1s -s bench/submit-varied.lua "$BASE/api/v1/questionnaires/quick-check/responses" | awk '/requests in/ {print $1}')
  stored=$((stored + n))
done
kill $PID; wait $PID 2>/dev/null || true

TOKEN=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=') # 256 bits, base64url, as the app makes them
java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/diagnostic" -user sa -sql "
  INSERT INTO workshop (id, owner_id, organisation, questionnaire, roles, anonymity_threshold, closed, published,
    join_code, team_token, created_at)
  VALUES (990001, (SELECT MIN(id) FROM consultant), 'Benchmark AS', 'quick-check',
    '[\"leadership\",\"marketing\",\"sales\",\"product\",\"customer service\",\"operations\",\"other\"]', 3, TRUE, TRUE,
    'BENCHAAA', '$TOKEN', CURRENT_TIMESTAMP);
  UPDATE response SET workshop_id = 990001,
    participant_role = CASE MOD(id, 7) WHEN 0 THEN 'leadership' WHEN 1 THEN 'marketing' WHEN 2 THEN 'sales'
      WHEN 3 THEN 'product' WHEN 4 THEN 'customer service' WHEN 5 THEN 'operations' ELSE 'other' END
    WHERE id IN (SELECT id FROM response ORDER BY id FETCH FIRST $PARTICIPANTS ROWS ONLY);
  SELECT COUNT(*) AS participants FROM response WHERE workshop_id = 990001;" | grep -E '^[0-9]+$' \
  | sed 's/^/Participants in the workshop: /'

start
wrk -t2 -c64 -d10s "$BASE/t/$TOKEN" > /dev/null # warm-up
out=$(wrk -t2 -c64 -d"${DURATION}s" --latency "$BASE/t/$TOKEN")
echo "| GET /t/{token} (team report, $PARTICIPANTS participants) | $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s" \
  "| p50 $(echo "$out" | awk '$1=="50%" {print $2}') | p99 $(echo "$out" | awk '$1=="99%" {print $2}') |"
curl -s -o /dev/null -w "One request alone: %{time_total} s, %{size_download} bytes\n" "$BASE/t/$TOKEN"
