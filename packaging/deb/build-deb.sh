#!/usr/bin/env bash
# Builds cleartrade-kiosk_<version>_amd64.deb (decision 1101): jpackage makes the application
# image with its own Java runtime (jlink, only the modules the kiosk uses), and dpkg-deb packs it
# under /opt with the service, udev rules, configuration and maintainer scripts of this folder.
#
#   build-deb.sh VERSION JAR LIB_DIR CLASS_LIST OUT_DIR
#     VERSION     the Maven version, e.g. 0.1.0-SNAPSHOT (Debian: 0.1.0~SNAPSHOT)
#     JAR, LIB_DIR  the kiosk-ui jar and the folder of every runtime jar it needs
#     CLASS_LIST  the classes a kiosk start loads (-XX:DumpLoadedClassList), for the CDS archive
#     OUT_DIR     where the .deb goes
# Needs JAVA_HOME (or jpackage on the PATH) and dpkg-deb.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
version=$1 jar=$2 lib=$3 classlist=$4 out=$5
name=cleartrade-kiosk
deb_version=${version/-/\~}
app_version=${version%%-*}
jpackage=${JAVA_HOME:+$JAVA_HOME/bin/}jpackage
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

work="$out/deb-work"
rm -rf "$work"
mkdir -p "$work/image" "$work/root" "$work/input"
input="$work/input"
cp "$jar" "$lib"/*.jar "$input/"

# Only the modules the kiosk needs; the rest of the JDK stays out of the package.
#   java.desktop: AWT fonts and images for receipts; java.sql: H2 and Flyway; java.naming: H2;
#   java.management: the startup benchmark; jdk.unsupported: JavaFX and jSerialComm;
#   jdk.charsets: GB18030 for Chinese receipts; jdk.localedata: Chinese and Spanish formats;
#   jdk.crypto.ec: Ed25519 signatures (in java.base from JDK 22); jdk.zipfs: Flyway's migrations.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs
if "$java" --list-modules | grep -q '^jdk.crypto.ec@'; then
    modules+=,jdk.crypto.ec
fi

# jlink's zip compression: "--compress=2" until JDK 20, "zip-6" from JDK 21 (where 2 is deprecated).
release=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
compress=2
if [ "${release%%.*}" -ge 21 ]; then
    compress=zip-6
fi

"$jpackage" --type app-image --name "$name" --dest "$work/image" \
    --input "$input" --main-jar "$(basename "$jar")" --main-class org.cleartrade.ui.Launcher \
    --app-version "$app_version" --vendor ClearTrade \
    --add-modules "$modules" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=$compress" \
    --java-options "-Dfile.encoding=UTF-8" \
    --java-options "-Dcleartrade.config=/etc/cleartrade/kiosk.properties" \
    --java-options "-Dcleartrade.restartWhenIdle=/run/cleartrade-kiosk/restart-when-idle" \
    --java-options "-XX:SharedArchiveFile=/var/cache/cleartrade-kiosk/kiosk.jsa" \
    --java-options "-Xshare:auto" \
    --java-options "-Xlog:cds=off,cds+dynamic=off"

root="$work/root"
opt="$root/opt/$name"
mkdir -p "$root/opt"
mv "$work/image/$name" "$opt"
install -m 0755 "$here/kiosk-session" "$here/kiosk-client" "$opt/lib/"
install -d "$opt/lib/cds"
install -m 0755 "$here/cds/build-archive" "$opt/lib/cds/"
install -m 0644 "$classlist" "$opt/lib/cds/classes.lst"
install -D -m 0644 "$here/cleartrade-kiosk.service" "$root/lib/systemd/system/cleartrade-kiosk.service"
install -D -m 0644 "$here/60-cleartrade-kiosk.rules" "$root/lib/udev/rules.d/60-cleartrade-kiosk.rules"
install -D -m 0644 "$here/kiosk.properties" "$root/etc/cleartrade/kiosk.properties"
install -D -m 0644 "$here/default" "$root/etc/default/cleartrade-kiosk"
install -D -m 0644 "$here/50-cleartrade-kiosk.conf" "$root/etc/X11/xorg.conf.d/50-cleartrade-kiosk.conf"
install -D -m 0755 "$here/cleartrade-kiosk" "$root/usr/bin/cleartrade-kiosk"
doc="$root/usr/share/doc/$name"
install -d "$doc"
install -m 0644 "$repo/docs/deploy.md" "$repo/docs/configuration.md" "$doc/"
install -m 0644 "$repo/docs/deploy/latch-wiring.png" "$doc/"
{
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    echo "Upstream-Name: ClearTrade"
    echo
    echo "Files: *"
    echo "License: Apache-2.0"
    echo " On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0."
    echo " The bundled Java runtime is OpenJDK (GPL-2.0 with the Classpath Exception), see"
    echo " /opt/$name/lib/runtime/legal/."
} > "$doc/copyright"
chmod 0644 "$doc/copyright"

install -d "$root/DEBIAN"
install -m 0755 "$here/postinst" "$here/prerm" "$here/postrm" "$root/DEBIAN/"
printf '%s\n' /etc/cleartrade/kiosk.properties /etc/default/cleartrade-kiosk \
    /etc/X11/xorg.conf.d/50-cleartrade-kiosk.conf > "$root/DEBIAN/conffiles"
installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$deb_version/" -e "s/@INSTALLED_SIZE@/$installed_size/" "$here/control.in" > "$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum > DEBIAN/md5sums)

deb="$out/${name}_${deb_version}_amd64.deb"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "$deb"
