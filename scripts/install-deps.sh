#!/usr/bin/env bash
# Installs the Debian packages the test suite and the demo need. Run as root (or with sudo).
# A JDK 17+ is the only other requirement; ./mvnw fetches Maven itself.
set -euo pipefail

packages=(
  # Latch controller firmware and the simulator that runs it on a pseudo-terminal.
  gcc-avr avr-libc simavr libsimavr-dev libelf-dev make gcc pkg-config
  # An independent Modbus master to cross-check the register map.
  mbpoll
  # The real adb server that the phone dock talks through.
  adb
  # Debian's usbmuxd, which the iPhone dock talks through; its protocol tests run it in a private
  # mount namespace (unshare, from util-linux).
  usbmuxd util-linux
  # The Android helper app is packaged and signed with these.
  aapt apksigner zipalign zip
  # A second QR decoder and a second signature checker for certificates.
  zbar-tools openssl
  # Serial line tools for protocol tests.
  socat
  # JavaFX needs GTK for a real window; Xvfb for screenshots; a CJK font for Chinese.
  libgtk-3-0 xvfb xauth fonts-noto-cjk
  # Receipt PDFs embed TrueType fonts (PDFBox cannot embed Noto CJK's CFF outlines); the virtual
  # printer draws Latin text in DejaVu Sans Mono.
  fonts-dejavu-core fonts-droid-fallback
  # The fleet service's database: its tests and the demo run a private cluster from these binaries.
  postgresql
  # The fleet's web pages are tested in a real browser: Debian's Chromium, driven by chromedriver.
  chromium chromium-driver
  # The kiosk's .deb is checked with these (dpkg-deb comes with dpkg): its unit with
  # systemd-analyze, its maintainer scripts with shellcheck.
  systemd shellcheck
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
