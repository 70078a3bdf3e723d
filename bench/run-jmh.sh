#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/no/journeydiag/bench) against the compiled classes.
# Usage: bench/run-jmh.sh [JMH options, e.g. a benchmark name pattern]. Results: bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"
