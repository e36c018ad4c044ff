#!/usr/bin/env bash
# Rerunnable benchmark for issue 7 (meetings table "virtualised, instant on 20,000 meetings"): the meetings table's
# rows (Workspace.meetings: overdue counts from the index, then MeetingList.arrange) for every grouping, with no
# filter and with each filter (account, participant, text, 30-day range, tag), median and p95; MeetingList.arrange
# alone with a fixed overdue map; the people and accounts lists (Workspace.entities); and the index queries behind
# them alone (index unchanged, after a note changed, first in a fresh index). On a generated vault, generated and
# indexed once under the work folder, then reused. The generator puts about 0.79 meetings in a note: 26,000 notes
# give 20,483 meetings. The load average is printed before and after, since the machine may be shared.
#   bench/meetings-benchmark.sh [WORK_DIR] [SIZE]        (default target/bench 26000)
# Rounds: -Dbench.rounds (30), bench.warmUp (5), bench.changeRounds (10), bench.freshRounds (5); text filter:
# bench.text ("review"); through BENCH_JAVA_OPTS. Writes and removes a scratch note in the vault.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average before the build: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q -DskipTests package test-compile
work=${1:-target/bench}
size=${2:-26000}
vault=$work/vault-$size
if [ ! -d "$vault" ]; then
  java -cp "target/classes:target/test-classes:target/lib/*" io.vaultdesk.testing.VaultGeneratorMain "$vault" "$size"
fi
# shellcheck disable=SC2086
java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "target/classes:target/test-classes:target/lib/*" \
  io.vaultdesk.bench.MeetingsBenchmark "$work" "$size"
