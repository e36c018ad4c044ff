#!/usr/bin/env bash
# Rerunnable benchmark for issue 6: task board query (VaultTasks.all) and regrouping (TaskBoard.arrange, both
# groupings, ten filters) time for about 50,000 tasks, median and p95, on a generated vault (generated and indexed
# once under the work folder, then reused). The generator puts about 3.6 tasks in a note: 14,000 notes give
# about 50,300 tasks. The load average is printed before and after, since the machine may be shared.
#   bench/board-benchmark.sh [WORK_DIR] [SIZE]        (default target/bench 14000)
# Rounds: -Dbench.rounds (arrange, 30), bench.queryRounds (10), bench.freshRounds (5), bench.buildRounds (10)
# through BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average before the build: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q -DskipTests package test-compile
work=${1:-target/bench}
size=${2:-14000}
vault=$work/vault-$size
if [ ! -d "$vault" ]; then
  java -cp "target/classes:target/test-classes:target/lib/*" io.vaultdesk.testing.VaultGeneratorMain "$vault" "$size"
fi
# shellcheck disable=SC2086
java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "target/classes:target/test-classes:target/lib/*" \
  io.vaultdesk.bench.BoardBenchmark "$work" "$size"
