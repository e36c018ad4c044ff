#!/usr/bin/env bash
# The parser's share of a full index (issue 3), without disk or H2: CPU per note on one thread, pass after pass.
#   bench/parse-benchmark.sh [VAULT] [PASSES]     (default: target/bench/vault-100000, 5 passes)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile
java -Xmx6g -cp "target/classes:target/test-classes:target/lib/*" io.vaultdesk.bench.ParseBenchmark "$@"
