#!/usr/bin/env bash
# Rerunnable benchmark for issue 4: write-to-index latency (median, p95 over 200 edits) on a generated 10k-note
# vault while it is watched, and the catch-up time after 1,000 changes made while closed.
#   bench/watch-benchmark.sh [WORK_DIR] [SIZE]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile
work=${1:-target/bench}
shift || true
rm -rf "$work/index-watch-"*
java -Xmx4g -cp "target/classes:target/test-classes:target/lib/*" io.vaultdesk.bench.WatchBenchmark "$work" "$@"
