#!/usr/bin/env bash
# kill -9 loop: CrashRecoveryIT with many cycles against the packaged jar. Each cycle kills the
# service right after 60 acknowledged submissions (with drafts, leads, a workshop change and webhook
# events in flight) and checks that every acknowledged write is there after a restart.
#   bench/crash-loop.sh [CYCLES]      (default 25; SKIP_BUILD=1 reuses target/quarkus-app)
set -euo pipefail
cd "$(dirname "$0")/.."
CYCLES="${1:-25}"
GOALS="verify"
[ "${SKIP_BUILD:-}" = "1" ] && GOALS="failsafe:integration-test failsafe:verify"
./mvnw -B $GOALS -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashRecoveryIT -Dcrash.cycles="$CYCLES"
