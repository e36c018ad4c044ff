#!/bin/bash
# VaultDesk's launchers on Linux (bin/VaultDesk, bin/vaultdesk-cli), put in place of jpackage's by package.sh.
# They do what jpackage's do: read lib/app/<launcher>.cfg (class path, main class, JVM options, with $APPDIR,
# $BINDIR and $ROOTDIR) and run the bundled Java. Two differences, both for a faster start (decision 14):
# - jpackage's Linux launcher asks rpm and dpkg which package owns it at every start, twice: 0.5-1 s here.
# - The app's classes are kept in a class-data archive made on the first run, in the user's cache folder: later
#   starts map them instead of reading, verifying and linking the jars again. The archive's name carries the app
#   folder and each jar's size and time: a moved folder makes its own, an upgrade replaces the folder's old one.
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
  v=${v%$'\r'}
  # Quoted: bash 5.2 reads an unquoted & in a replacement as the matched text ("/opt/R&D").
  v=${v//\$APPDIR/"$app"}
  v=${v//\$BINDIR/"$root/bin"}
  v=${v//\$ROOTDIR/"$root"}
  case "$line" in
    app.classpath=*) classpath+=("$v") ;;
    app.mainclass=*) main=$v ;;
    java-options=*) options+=("$v") ;;
    app.*=* | arguments=*)
      # jpackage's launcher would act on it (a module, default arguments...): better to stop than to ignore it
      echo "$name: $cfg has '${line%%=*}', which this launcher does not handle" >&2
      exit 1 ;;
  esac
done <"$cfg"
if [ -z "$main" ]; then
  echo "$name: $cfg names no main class" >&2
  exit 1
fi
cp=
for c in "${classpath[@]}"; do
  cp+=${cp:+:}$c
done
# The JVM's own warnings go to stderr, never into a command's output; the archive's notes are not shown at all.
run=("$java" -Xlog:disable -Xlog:all=warning,cds*=off:stderr "-Djpackage.app-path=$self" "${options[@]}" -cp "$cp")

if [ "${VAULTDESK_NO_CDS:-}" = 1 ]; then
  cache=
elif [ -n "${XDG_CACHE_HOME:-}" ]; then
  cache=$XDG_CACHE_HOME/vaultdesk/cds
elif [ -n "${HOME:-}" ]; then
  cache=$HOME/.cache/vaultdesk/cds
else
  cache=
fi
# One archive per app folder (folder), replaced when any jar or the configuration changes (key).
folder=$(echo "$root" | cksum)
folder=${folder%% *}
key=$( { stat -L -c '%n %s %Y' "$cfg" "$java" "${classpath[@]}" 2>/dev/null; } | cksum)
key=${key%% *}
archive=$cache/$name-$folder-$key.jsa
if [ -n "$cache" ] && [ -f "$archive" ]; then
  exec "${run[@]}" "-XX:SharedArchiveFile=$archive" "$main" "$@"
fi
if [ -z "$cache" ] || ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
  exec "${run[@]}" "$main" "$@"
fi
# The first run: the JVM writes the archive as it exits. It is written under a name of its own and only then
# renamed, so a second instance started meanwhile never maps a half-written file. Java runs as a child here, so a
# signal to this script (a session ending) is passed on, and the rename still happens once Java has exited.
for stale in "$cache/.$name-"*.partial; do
  pid=${stale%.partial}
  pid=${pid##*.}
  if [ -e "$stale" ] && ! kill -0 "$pid" 2>/dev/null; then
    rm -f "$stale" # left by a start that was killed outright
  fi
done
partial=$cache/.$name-$folder-$key.$$.partial
"${run[@]}" "-XX:ArchiveClassesAtExit=$partial" "$main" "$@" <&0 &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM HUP INT
status=0
wait "$child" || status=$?
while kill -0 "$child" 2>/dev/null; do # a trapped signal ends the wait, not the JVM
  status=0
  wait "$child" || status=$?
done
# The JVM writes the archive on any orderly exit, a TERM, HUP or INT included; a crash or a KILL may leave half.
if [ -s "$partial" ] && { [ "$status" -lt 128 ] || [ "$status" = 129 ] || [ "$status" = 130 ] \
    || [ "$status" = 143 ]; }; then
  rm -f "$cache/$name-$folder"-*.jsa
  mv -f "$partial" "$archive"
else
  rm -f "$partial"
fi
exit "$status"
