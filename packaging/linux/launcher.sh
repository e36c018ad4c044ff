#!/bin/bash
# VaultDesk's launchers on Linux (bin/VaultDesk, bin/vaultdesk-cli), put in place of jpackage's by package.sh.
# They do what jpackage's do: read lib/app/<launcher>.cfg (class path, main class, JVM options, with $APPDIR,
# $BINDIR and $ROOTDIR) and run the bundled Java. Two differences, both for a faster start (decision 14):
# - jpackage's Linux launcher asks rpm and dpkg which package owns it at every start, twice: 0.5-1 s here.
# - The app's classes are kept in a class-data archive made on the first run, in the user's cache folder: later
#   starts map them instead of reading, verifying and linking the jars again. The archive's name carries the app
#   folder and each jar's size and time, so an upgrade or a moved folder makes a new one (and drops the old).
#   VAULTDESK_NO_CDS=1 starts without making one.
set -u
self=$(readlink -f "$0")
name=${self##*/}
root=${self%/*/*}
app=$root/lib/app
java=$root/lib/runtime/bin/java
cfg=$app/$name.cfg
if [ ! -r "$cfg" ] || [ ! -x "$java" ]; then
  echo "$name: the app folder $root is incomplete (no $cfg or $java)" >&2
  exit 1
fi

# Parameter expansion only: a subshell per line cost ~2 ms each, on every start.
classpath=()
main=
options=()
while IFS= read -r line || [ -n "$line" ]; do
  v=${line#*=}
  v=${v//\$APPDIR/$app}
  v=${v//\$BINDIR/$root/bin}
  v=${v//\$ROOTDIR/$root}
  case "$line" in
    app.classpath=*) classpath+=("$v") ;;
    app.mainclass=*) main=$v ;;
    java-options=*) options+=("$v") ;;
  esac
done <"$cfg"
cp=
for c in "${classpath[@]}"; do
  cp+=${cp:+:}$c
done
# The JVM's own warnings go to stderr, never into a command's output; the archive's notes are not shown at all.
run=("$java" -Xlog:disable -Xlog:all=warning,cds*=off:stderr "-Djpackage.app-path=$self" "${options[@]}" -cp "$cp")

if [ -n "${XDG_CACHE_HOME:-}" ]; then
  cache=$XDG_CACHE_HOME/vaultdesk/cds
elif [ -n "${HOME:-}" ]; then
  cache=$HOME/.cache/vaultdesk/cds
else
  cache=
fi
key=$( { echo "$root"; stat -L -c '%n %s %Y' "$cfg" "$java" "${classpath[@]}" 2>/dev/null; } | cksum)
key=${key%% *}
archive=$cache/$name-$key.jsa
if [ -n "$cache" ] && [ -f "$archive" ]; then
  exec "${run[@]}" "-XX:SharedArchiveFile=$archive" "$main" "$@"
fi
if [ -z "$cache" ] || [ "${VAULTDESK_NO_CDS:-}" = 1 ] || ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
  exec "${run[@]}" "$main" "$@"
fi
# The first run: the JVM writes the archive as it exits. It is written under a name of its own and only then
# renamed, so a second instance started meanwhile never maps a half-written file.
partial=$cache/.$name-$key.$$.partial
status=0
"${run[@]}" "-XX:ArchiveClassesAtExit=$partial" "$main" "$@" || status=$?
if [ -s "$partial" ]; then
  rm -f "$cache/$name"-*.jsa
  mv -f "$partial" "$archive"
else
  rm -f "$partial"
fi
exit "$status"
