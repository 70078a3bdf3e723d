#!/usr/bin/env bash
# The whole performance suite, one command (about 15–20 minutes on 2 cores). Results: bench/RESULTS.md.
#   JMH: scoring, loading and validating questionnaires, team aggregation (bench/run-jmh.sh)
#   JMH inside the application: rendering a report to a string (bench/run-render.sh)
#   wrk on the packaged jar, H2 files: baseline, submit, report page, with 1,000 and 200,000 stored
#     responses (bench/run-http.sh); the team report of a 2,000-participant workshop (bench/run-team.sh)
#   the same HTTP run on PostgreSQL when PG_URL (and PG_USER, PG_PASSWORD) name an empty database
#   each HTTP run of 1,000 responses also "before issue 18": group commit, kept pages and results off
# Needs wrk and curl (apt-get install wrk curl). Leaves the H2 jar in target/ at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-15}"
section() { printf '\n== %s ==\n' "$1"; }
PG="${PG_URL:-}"
unset PG_URL # the scripts below read it: only the PostgreSQL section may see it

section "JMH: scoring, loading, team aggregation"
bench/run-jmh.sh 'ScoringBenchmark|TeamReportBenchmark' 2>&1 | sed -n '/^Benchmark /,$p'
section "JMH in the application: report rendering"
bench/run-render.sh | grep -E "^(RESULT|Report page)"
BEFORE="-Ddiagnostic.submissions.group-commit=false -Ddiagnostic.reports.page-cache-bytes=0 -Ddiagnostic.reports.kept-results=0"
section "HTTP, H2, 1,000 stored responses, before issue 18 (group commit and kept pages off)"
SEED=1000 APP_OPTS="$BEFORE" bench/run-http.sh "$SECONDS_PER_RUN"
section "HTTP, H2, 1,000 stored responses"
SKIP_BUILD=1 SEED=1000 bench/run-http.sh "$SECONDS_PER_RUN"
section "HTTP, H2, 200,000 stored responses"
SKIP_BUILD=1 SEED=200000 bench/run-http.sh "$SECONDS_PER_RUN"
section "HTTP, team report of 2,000 participants"
SKIP_BUILD=1 bench/run-team.sh "$SECONDS_PER_RUN"
if [ -n "$PG" ]; then
  section "HTTP, PostgreSQL, before issue 18"
  PG_URL="$PG" APP_OPTS="$BEFORE" bench/run-http.sh "$SECONDS_PER_RUN"
  section "HTTP, PostgreSQL"
  SKIP_BUILD=1 PG_URL="$PG" bench/run-http.sh "$SECONDS_PER_RUN"
  ./mvnw -q -B package -DskipTests # back to the H2 jar
fi
