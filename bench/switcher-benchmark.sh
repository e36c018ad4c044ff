#!/usr/bin/env bash
# Rerunnable benchmark for "instant on 100,000 notes": quick switcher and full-text search latency on a generated
# vault (generated and indexed once under the work folder, then reused).
#   bench/switcher-benchmark.sh [WORK_DIR] [SIZE]        (default target/bench 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile
java -Xmx4g -cp "target/classes:target/test-classes:target/lib/*" io.vaultdesk.bench.SwitcherBenchmark "$@"
