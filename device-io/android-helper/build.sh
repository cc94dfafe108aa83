#!/usr/bin/env bash
# Builds the device-owner helper APK from source, without the Android SDK:
#   javac against Robolectric's Android 14 framework jar, D8 from Maven Central, then Debian's
#   aapt2 (package aapt), zipalign and apksigner.
# Usage: build.sh [OUT_DIR]   (default: ../target/android-helper)
# Signing: KEYSTORE=/path/release.p12 KEYSTORE_PASS=... build.sh signs with the fleet's key;
# without them a throw-away key is generated in OUT_DIR (fine for tests, not for the field).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../target/android-helper}"
version_name=1.1.0
version_code=2
android_all_v=14-robolectric-10818077
r8_v=8.2.47
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
android_all="$repo/org/robolectric/android-all/$android_all_v/android-all-$android_all_v.jar"
r8="$repo/com/android/tools/r8/$r8_v/r8-$r8_v.jar"

need() { command -v "$1" >/dev/null 2>&1 || { echo "build.sh: '$1' is missing: install the Debian package '$2'" >&2; exit 3; }; }
need javac openjdk-17-jdk-headless
need keytool openjdk-17-jdk-headless
need aapt2 aapt
need zipalign zipalign
need apksigner apksigner
need zip zip

mvnw="$here/../../mvnw"
[ -f "$android_all" ] || "$mvnw" -q dependency:get -Dartifact="org.robolectric:android-all:$android_all_v"
[ -f "$r8" ] || "$mvnw" -q dependency:get -Dartifact="com.android.tools:r8:$r8_v"
for jar in "$android_all" "$r8"; do
  [ -f "$jar" ] || { echo "build.sh: $jar not found after download; set MAVEN_REPO to your local Maven repository" >&2; exit 4; }
done

rm -rf "$out/classes" "$out/dex" "$out/res.zip" "$out/unsigned.apk" "$out/aligned.apk"
mkdir -p "$out/classes" "$out/dex"

javac -nowarn --release 8 -cp "$android_all" -d "$out/classes" "$here"/src/org/cleartrade/wipe/*.java 2>&1 \
  | grep -v "^warning: \[options\]" || true
[ -f "$out/classes/org/cleartrade/wipe/WipeReceiver.class" ] || { echo "build.sh: javac failed" >&2; exit 1; }
java -cp "$r8" com.android.tools.r8.D8 --release --min-api 28 --lib "$android_all" \
  --output "$out/dex" "$out"/classes/org/cleartrade/wipe/*.class

aapt2 compile --dir "$here/res" -o "$out/res.zip"
aapt2 link -I "$android_all" --manifest "$here/AndroidManifest.xml" \
  --min-sdk-version 28 --target-sdk-version 34 \
  --version-code "$version_code" --version-name "$version_name" \
  -o "$out/unsigned.apk" "$out/res.zip"
(cd "$out/dex" && zip -q -X "$out/unsigned.apk" classes.dex)
zipalign -f -p 4 "$out/unsigned.apk" "$out/aligned.apk"

if [ -n "${KEYSTORE:-}" ]; then
  ks="$KEYSTORE"; ks_pass="${KEYSTORE_PASS:?KEYSTORE_PASS is required with KEYSTORE}"
else
  ks="$out/throwaway-signing.p12"; ks_pass="throwaway-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
  rm -f "$ks"
  keytool -genkeypair -keystore "$ks" -storetype PKCS12 -storepass "$ks_pass" -alias helper \
    -keyalg RSA -keysize 2048 -validity 365 -dname "CN=ClearTrade test build" >/dev/null 2>&1
fi
apksigner sign --ks "$ks" --ks-pass "pass:$ks_pass" --out "$out/cleartrade-wipe.apk" "$out/aligned.apk"
apksigner verify "$out/cleartrade-wipe.apk"
[ -n "${KEYSTORE:-}" ] || rm -f "$ks"
echo "$version_name" > "$out/cleartrade-wipe.version"
echo "built $out/cleartrade-wipe.apk ($version_name)"
