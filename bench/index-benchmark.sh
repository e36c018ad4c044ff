#!/usr/bin/env bash
# Rerunnable benchmark for issue 3: full-index throughput on generated 10k and 100k-note vaults, in this JVM and as
# `java -jar target/vaultdesk.jar report` on a new index (a fresh JVM: a user's first build), and the wall time of
# `report` on an unchanged 10k vault. Generated vaults are kept under target/bench between runs.
#   bench/index-benchmark.sh [WORK_DIR] [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile
work=${1:-target/bench}
shift || true
java -Xmx4g -cp "target/classes:target/test-classes:target/lib/*" io.vaultdesk.bench.IndexBenchmark "$work" "$@"
