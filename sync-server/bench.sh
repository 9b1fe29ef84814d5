#!/usr/bin/env bash
# Runs the sync server benchmark (not a test; takes about two minutes) and prints its figures.
# Usage, from the repository root:  bash sync-server/bench.sh
# Optional: -Dbench.seconds=N (measured seconds per throughput scenario, default 8) as JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -pl sync-server -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="sync-server/target/test-classes:sync-server/target/classes:persistence/target/classes:domain/target/classes:$(cat sync-server/target/bench-classpath.txt)"
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -cp "$CP" com.salondesk.syncserver.bench.SyncServerBenchmark
