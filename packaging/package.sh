#!/usr/bin/env bash
# Builds the native package from jpackage.cfg: the app image always, the .deb where dpkg-deb and fakeroot are.
#   packaging/package.sh [app-image|deb|all]     (default: all)
# Expects `mvn package` to have run (target/vaultdesk.jar and target/lib); `mvn -Ppackage package` runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
case "$(uname -s)" in
  Linux) platform=linux ;;
  Darwin) platform=macos ;;
  *) platform=windows ;;
esac
input=target/jpackage-input
rm -rf "$input" target/dist
mkdir -p "$input/lib" target/dist
cp target/vaultdesk.jar "$input/"
cp target/lib/*.jar "$input/lib/"
# JavaFX loads its native libraries from beside its jars when they are there (see the pom).
for lib in target/lib/*.so target/lib/*.dylib; do
  if [ -e "$lib" ]; then cp "$lib" "$input/lib/"; fi
done
# JavaFX's platform-less jars are empty placeholders; the classified ones (javafx-base-21-linux.jar) hold the code.
for jar in "$input"/lib/javafx-*.jar; do
  case "$jar" in *-linux.jar|*-linux-aarch64.jar|*-win.jar|*-mac.jar|*-mac-aarch64.jar) ;; *) rm "$jar" ;; esac
done
# The manifest's Class-Path names every jar, placeholders included; a missing one is skipped by the JVM.
echo "jpackage: app image"
jpackage @jpackage.cfg @packaging/$platform.cfg --type app-image
image=$(find target/dist -maxdepth 1 -mindepth 1 -type d | head -1)
if [ "$platform" = linux ]; then
  # Our launchers in place of jpackage's, which ask rpm and dpkg who owns them at every start (decision 14).
  for launcher in "$image"/bin/*; do
    install -m 755 packaging/linux/launcher.sh "$launcher"
  done
  rm -f "$image/lib/libapplauncher.so"
fi
echo "app image: $image ($(du -sh "$image" | cut -f1))"
if [ "$what" != app-image ] && [ "$platform" = linux ]; then
  if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    echo "jpackage: deb"
    jpackage @jpackage.cfg @packaging/linux.cfg @packaging/linux-deb.cfg --type deb
    # Then into the package: the same launchers as the image, and no menu entry for the CLI, which jpackage 17
    # gives every launcher once there is one (a launcher's linux-shortcut=false is not honoured).
    deb=$(ls target/dist/*.deb)
    tree=target/deb-tree
    rm -rf "$tree"
    fakeroot sh -c "dpkg-deb -R '$deb' '$tree' \
      && for l in '$tree'/opt/*/bin/*; do install -m 755 packaging/linux/launcher.sh \"\$l\"; done \
      && rm -f '$tree'/opt/*/lib/libapplauncher.so '$tree'/opt/*/lib/*-vaultdesk-cli.desktop \
      && sed -i '/-vaultdesk-cli.desktop/d' '$tree'/DEBIAN/postinst '$tree'/DEBIAN/prerm \
      && dpkg-deb -b -Zxz '$tree' '$deb' >/dev/null"
    rm -rf "$tree"
    ls -la target/dist/*.deb
  else
    echo "no dpkg-deb/fakeroot: .deb skipped" >&2
  fi
fi
