#!/usr/bin/env bash
# JMH inside the application: the report page's template rendered to a string, alone and with the
# report assembled first. Qute's type-safe templates only exist in a Quarkus build, so JMH runs in a
# Quarkus test's JVM (fork 0; jmh-core loaded by the application's class loader to see the benchmark).
# Usage: bench/run-render.sh. Results: bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=ReportRenderBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dquarkus.class-loading.reloadable-artifacts=org.openjdk.jmh:jmh-core -Dquarkus.log.level=WARN 2>&1 \
  | grep -E "^(RESULT|Report page|Iteration)|ERROR|FAIL" || true
