#!/usr/bin/env bash
# CI's check that the native package works: builds the app image (mvn -Ppackage), then runs its launchers with the
# JDK out of reach: `vaultdesk-cli report` on a copy of the sample vault must print its figures, and, when an X
# server can be had (DISPLAY, or xvfb-run), the window must open the bundled sample vault on a first run and render
# its latest meeting (the startup probe prints one JSON line and quits), then start again on the class-data archive
# the first run made.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Ppackage -Dpackage.types=app-image -DskipTests package
image=target/dist/VaultDesk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The per-user folders (settings, index, logs, the launchers' class-data archives) in the scratch folder.
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state XDG_CACHE_HOME=$work/cache
# No JDK on the launchers' way: an empty PATH entry for java and no JAVA_HOME.
run() { env -u JAVA_HOME PATH=/usr/bin:/bin "$@"; }

cp -r assets/sample-vault "$work/vault"
out=$(run "$image/bin/vaultdesk-cli" report --index-dir "$work/index" "$work/vault")
echo "$out" | grep -q '"notes": 41' || { echo "report from the package: unexpected output: $out" >&2; exit 1; }
echo "vaultdesk-cli report: ok ($(echo "$out" | head -c 80)…)"
ls "$XDG_CACHE_HOME"/vaultdesk/cds/vaultdesk-cli-*.jsa >/dev/null || { echo "no CLI class-data archive" >&2; exit 1; }
again=$(JAVA_TOOL_OPTIONS=-Xshare:on run "$image/bin/vaultdesk-cli" report --index-dir "$work/index" "$work/vault")
[ "$again" = "$out" ] || { echo "report on the CLI's class-data archive: unexpected output: $again" >&2; exit 1; }
echo "vaultdesk-cli report on its class-data archive: ok"
if run "$image/bin/vaultdesk-cli" report "$work/missing" 2>/dev/null; then
  echo "report on a missing vault should fail" >&2; exit 1
fi

gui=("$image/bin/VaultDesk")
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    gui=(xvfb-run -a -s "-screen 0 1280x800x24" "${gui[@]}")
  else
    echo "no X server and no xvfb-run: the window's start is not checked" >&2
    exit 0
  fi
fi
probe=$(JAVA_TOOL_OPTIONS=-Dvaultdesk.benchmark.startup=true run timeout 180 "${gui[@]}" 2>/dev/null \
  | grep '^{"startup_ms"' || true)
[ -n "$probe" ] || { echo "the packaged window did not open the sample vault's first note" >&2; exit 1; }
[ -f "$XDG_DATA_HOME/vaultdesk/Sample vault/README.md" ] || { echo "the sample vault was not copied" >&2; exit 1; }
ls "$XDG_STATE_HOME"/vaultdesk/logs/vaultdesk-0.log >/dev/null || { echo "no log file" >&2; exit 1; }
echo "VaultDesk window: ok $probe"
# The first start left a class-data archive of the app's classes; the second must map it (-Xshare:on makes the JVM
# stop rather than start without it).
ls "$XDG_CACHE_HOME"/vaultdesk/cds/VaultDesk-*.jsa >/dev/null || { echo "no class-data archive after a run" >&2; exit 1; }
probe=$(JAVA_TOOL_OPTIONS="-Xshare:on -Dvaultdesk.benchmark.startup=true" run timeout 180 "${gui[@]}" 2>/dev/null \
  | grep '^{"startup_ms"' || true)
[ -n "$probe" ] || { echo "the packaged window did not start with its class-data archive" >&2; exit 1; }
echo "VaultDesk window with its class-data archive: ok $probe"
echo "app image: $(du -sh "$image" | cut -f1)"
