#!/usr/bin/env bash
# Rerunnable benchmark: launch to a usable window on a generated 10,000-note vault whose index is current.
# Each run starts the app on the vault in a real (X) window with -Dvaultdesk.benchmark.startup=true: the app opens
# the sidebar's first note once the catalog is in, prints
#   {"startup_ms": .., "window_ms": .., "catalog_ms": .., "first_note_ms": ..}
# (ms since the script started it) and quits. It is started two ways, run after run in turn:
# - image: the native app image's launcher (target/dist/VaultDesk/bin/VaultDesk, what the .deb installs), with the
#   JVM options of jpackage.cfg and, from its second start on, the class-data archive its first start made;
# - jar: `java -jar target/vaultdesk.jar`, the developer's way: with no JVM options of its own, it runs the app again
#   in a second JVM with jpackage.cfg's options and, where memory allows, a larger initial heap (decision 15), and no
#   class-data archive of the app's.
# The first run of each builds the index (and the image's archive) and is not counted. Each run's line also has the
# launch's moments on the FX thread ("marks_ms": main, fx_start, theme, window_built, shown), the process's exit
# time, its CPU seconds and the load average before it: on a shared machine, read the wall times next to the load.
# BENCH_JAVA_OPTIONS adds JVM options, e.g. -Dvaultdesk.benchmark.threads=true for each thread's CPU (JIT and GC
# included).
#   bench/startup-benchmark.sh [WORK_DIR] [RUNS] [LAUNCHERS]      (LAUNCHERS: "image jar" by default)
# Uses $DISPLAY if set, else starts Xvfb on :98 (BENCH_DISPLAY to change) for the duration.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(realpath -m "${1:-target/bench}")
runs=${2:-7}
read -r -a launchers <<<"${3:-image jar}"
mvn -B -q -DskipTests package test-compile
for l in "${launchers[@]}"; do
  case "$l" in
    image) mvn -B -q -Ppackage -Dpackage.types=app-image -DskipTests package >/dev/null ;;
    jar) ;;
    *) echo "unknown launcher $l (image or jar)" >&2; exit 2 ;;
  esac
done
vault=$work/vault-10000
if [ ! -d "$vault" ]; then
  java -cp "target/classes:target/test-classes:target/lib/*" io.vaultdesk.testing.VaultGeneratorMain "$vault" 10000
fi
# The per-user folders (index, settings) live in the work folder, not in the user's home.
export XDG_DATA_HOME=$work/startup-user/data XDG_CONFIG_HOME=$work/startup-user/config
export XDG_STATE_HOME=$work/startup-user/state XDG_CACHE_HOME=$work/startup-user/cache
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
xvfb=
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=${BENCH_DISPLAY:-:98}
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  sleep 1
fi

launch() {
  local how=$1 launched out load props
  load=$(cut -d' ' -f1 /proc/loadavg)
  launched=$(date +%s%3N)
  props="${BENCH_JAVA_OPTIONS:-} -Dvaultdesk.benchmark.startup=true -Dvaultdesk.benchmark.launchedAt=$launched"
  local cmd
  if [ "$how" = image ]; then
    cmd=(env "JAVA_TOOL_OPTIONS=$props" target/dist/VaultDesk/bin/VaultDesk "$vault")
  else
    # shellcheck disable=SC2206 # the options are a list
    cmd=(java $props -jar target/vaultdesk.jar "$vault")
  fi
  out=$(timeout 300 /usr/bin/time -f "%U %S" -o "$work/startup-cpu.txt" "${cmd[@]}" 2>/dev/null \
      | grep -E '^\{"(startup_ms|marks_ms|thread_cpu_s)"' | tr '\n' ' ' || true)
  if [ -z "$out" ]; then
    echo "the app ($how) printed no startup line" >&2
    exit 1
  fi
  echo "$out, exit after $(( $(date +%s%3N) - launched )) ms," \
    "cpu $(awk '{printf "%.1f", $1 + $2}' "$work/startup-cpu.txt") s, load average before $load"
}

declare -A results
for l in "${launchers[@]}"; do
  echo "$l: index and archive run (not counted): $(launch "$l")"
done
for i in $(seq 1 "$runs"); do
  for l in "${launchers[@]}"; do
    line=$(launch "$l")
    echo "$l run $i: $line"
    results[$l]+="$line"$'\n'
  done
done
for l in "${launchers[@]}"; do
  echo "== $l"
  for key in startup_ms usable_ms window_ms catalog_ms first_note_ms; do
    printf '%s' "${results[$l]}" | sed -n "s/.*\"$key\": \([0-9]*\).*/\1/p" | sort -n \
      | awk -v k="$key" '{v[NR] = $1} END {printf "%-14s median %d ms (min %d, max %d) over %d runs\n",
          k, v[int((NR + 1) / 2)], v[1], v[NR], NR}'
  done
done
