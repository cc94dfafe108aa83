#!/usr/bin/env bash
# Checks the kiosk's .deb in the folder given (kiosk-ui/target): its fields and dependencies, its
# files, conffiles and maintainer scripts, the systemd unit (systemd-analyze verify), and then the
# package unpacked into a scratch tree: the installed launcher runs setup headless in demo mode
# (opens the ledger and the simulated devices, self-test), exports the key, builds the CDS archive
# and starts with it, and under Xvfb shows the kiosk's first frame.
set -euo pipefail
target=$1
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
pass() { echo "check-deb: ok: $*"; }

shopt -s nullglob
debs=("$target"/cleartrade-kiosk_*_amd64.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one cleartrade-kiosk_<version>_amd64.deb in $target, found ${#debs[@]}"
deb=${debs[0]}
pass "built $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# --- fields ---
[ "$(dpkg-deb -f "$deb" Package)" = cleartrade-kiosk ] || fail "Package field"
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] || fail "Architecture field"
version=$(dpkg-deb -f "$deb" Version)
[[ "$(basename "$deb")" == "cleartrade-kiosk_${version}_amd64.deb" ]] || fail "file name does not carry version $version"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in adduser adb usbmuxd libgtk-3-0 fonts-noto-cjk xserver-xorg-core xserver-xorg-input-libinput xinit; do
    [[ ", $depends," == *", $dep,"* ]] || fail "Depends lacks $dep: $depends"
done
pass "fields and dependencies ($depends)"

# --- files ---
contents=$(dpkg-deb -c "$deb" | awk '{print $1, $2, $6}')
for path in ./opt/cleartrade-kiosk/bin/cleartrade-kiosk ./opt/cleartrade-kiosk/lib/runtime/bin/java \
        ./opt/cleartrade-kiosk/lib/app/cleartrade-kiosk.cfg ./opt/cleartrade-kiosk/lib/kiosk-session \
        ./opt/cleartrade-kiosk/lib/kiosk-client ./opt/cleartrade-kiosk/lib/cds/build-archive \
        ./opt/cleartrade-kiosk/lib/cds/classes.lst ./lib/systemd/system/cleartrade-kiosk.service \
        ./lib/udev/rules.d/60-cleartrade-kiosk.rules ./etc/cleartrade/kiosk.properties \
        ./etc/default/cleartrade-kiosk ./etc/X11/xorg.conf.d/50-cleartrade-kiosk.conf \
        ./usr/bin/cleartrade-kiosk ./usr/share/doc/cleartrade-kiosk/copyright \
        ./usr/share/doc/cleartrade-kiosk/deploy.md ./usr/share/doc/cleartrade-kiosk/latch-wiring.png; do
    grep -q " $path\$" <<<"$contents" || fail "missing $path"
done
if grep -v '^-\|^d\|^l' <<<"$contents" | grep -q .; then fail "unexpected file types"; fi
if awk '{print $2}' <<<"$contents" | grep -qv '^root/root$'; then fail "files not owned by root"; fi
grep -q '^-rwxr-xr-x .* ./opt/cleartrade-kiosk/lib/kiosk-session$' <<<"$contents" || fail "kiosk-session not executable"
grep -q '/var/lib\|/var/cache' <<<"$contents" && fail "the package must not ship /var/lib or /var/cache: they are made on the kiosk"
jars=$(grep -c '/lib/app/.*\.jar$' <<<"$contents")
[ "$jars" -gt 20 ] || fail "only $jars jars in lib/app"
pass "files ($(wc -l <<<"$contents") entries, $jars jars, all root-owned)"

scratch=$(mktemp -d)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
dpkg-deb -e "$deb" "$scratch/DEBIAN"
dpkg-deb -x "$deb" "$scratch/root"
root="$scratch/root"

# --- conffiles and maintainer scripts ---
diff <(sort "$scratch/DEBIAN/conffiles") <(printf '%s\n' /etc/X11/xorg.conf.d/50-cleartrade-kiosk.conf \
    /etc/cleartrade/kiosk.properties /etc/default/cleartrade-kiosk | sort) || fail "conffiles"
for script in postinst prerm postrm; do
    sh -n "$scratch/DEBIAN/$script" || fail "$script: syntax"
    [ -x "$scratch/DEBIAN/$script" ] || fail "$script not executable"
done
for script in "$scratch/DEBIAN/postinst" "$scratch/DEBIAN/prerm" "$scratch/DEBIAN/postrm" \
        "$root/opt/cleartrade-kiosk/lib/kiosk-session" "$root/opt/cleartrade-kiosk/lib/kiosk-client" \
        "$root/opt/cleartrade-kiosk/lib/cds/build-archive" "$root/usr/bin/cleartrade-kiosk"; do
    if command -v shellcheck >/dev/null; then
        shellcheck -s sh "$script" || fail "shellcheck $(basename "$script")"
    fi
done
postinst="$scratch/DEBIAN/postinst"
grep -q 'adduser --quiet --system --ingroup cleartrade' "$postinst" || fail "postinst makes no system user"
for group in dialout lp plugdev; do
    grep -q "for group in .*\\b$group\\b" "$postinst" || fail "postinst does not add cleartrade to $group"
done
grep -q 'build-archive /var/cache/cleartrade-kiosk/kiosk.jsa' "$postinst" || fail "postinst builds no CDS archive"
grep -q 'restart-when-idle' "$postinst" || fail "postinst restarts the kiosk on update without waiting for idle"
grep -q 'CLEARTRADE_PURGE_DATA' "$scratch/DEBIAN/postrm" || fail "postrm must keep the ledger unless told"
pass "conffiles and maintainer scripts"

# --- systemd unit ---
unit="$root/lib/systemd/system/cleartrade-kiosk.service"
if command -v systemd-analyze >/dev/null; then
    # The unit's ExecStart names /opt/...; verify it against the unpacked tree.
    sed "s|/opt/cleartrade-kiosk|$root/opt/cleartrade-kiosk|g" "$unit" > "$scratch/cleartrade-kiosk.service"
    out=$(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no "$scratch/cleartrade-kiosk.service" 2>&1) \
        || fail "systemd-analyze verify: $out"
    if grep -v 'Failed to resolve user\|Failed to resolve group\|getty@tty7\|usbmuxd.service\|time-sync\|network-online\|systemd-udev-settle\|graphical.target\|Cannot add dependency' <<<"$out" | grep -q .; then
        fail "systemd-analyze verify: $out"
    fi
    pass "systemd-analyze verify"
else
    echo "check-deb: systemd-analyze not installed; unit not verified" >&2
fi
for key in 'User=cleartrade' 'Restart=on-failure' 'StateDirectory=cleartrade' 'ExecStart=/opt/cleartrade-kiosk/lib/kiosk-session' 'WantedBy=graphical.target'; do
    grep -qx "$key" "$unit" || fail "unit lacks $key"
done
grep -q 'SYMLINK+="cleartrade-latch"' "$root/lib/udev/rules.d/60-cleartrade-kiosk.rules" || fail "udev: no /dev/cleartrade-latch"
grep -q 'SYMLINK+="cleartrade-printer"' "$root/lib/udev/rules.d/60-cleartrade-kiosk.rules" || fail "udev: no /dev/cleartrade-printer"
grep -q 'ff4201' "$root/lib/udev/rules.d/60-cleartrade-kiosk.rules" || fail "udev: no Android adb rule"
grep -q '05ac' "$root/lib/udev/rules.d/60-cleartrade-kiosk.rules" || fail "udev: no Apple rule"
pass "unit and udev rules"

# --- the installed launcher, headless, demo mode ---
app="$root/opt/cleartrade-kiosk"
data="$scratch/data"
sed "s|^kiosk.dataDir=.*|kiosk.dataDir=$data|" "$root/etc/cleartrade/kiosk.properties" > "$scratch/kiosk.properties"
export CLEARTRADE_CONFIG="$scratch/kiosk.properties"
setup=$("$app/bin/cleartrade-kiosk" setup --no-staff 2>&1) || fail "setup: $setup"
grep -q 'setup done: every device passed' <<<"$setup" || fail "setup: $setup"
[ -f "$data/ledger/ledger.mv.db" ] || [ -n "$(find "$data/ledger" -name '*.mv.db' 2>/dev/null)" ] || fail "setup opened no ledger in $data/ledger"
[ "$(stat -c %a "$data/keys")" = 700 ] || fail "key folder not owner-only"
key_id=$(cat "$data/keys/current")
export_out=$("$app/bin/cleartrade-kiosk" keys export 2>&1) || fail "keys export: $export_out"
grep -q "key id       $key_id" <<<"$export_out" || fail "keys export: $export_out"
pass "installed launcher: setup opened the ledger and devices, self-test passed, key $key_id exported"

# --- the CDS archive, built as postinst builds it, and used ---
CLEARTRADE_APP="$app" "$app/lib/cds/build-archive" "$scratch/kiosk.jsa" || fail "build-archive"
cp=$(sed -n 's/^app\.classpath=//p' "$app/lib/app/cleartrade-kiosk.cfg" | sed "s|\$APPDIR|$app/lib/app|g" | paste -sd: -)
cds=$("$app/lib/runtime/bin/java" -Xshare:on -XX:SharedArchiveFile="$scratch/kiosk.jsa" -Dfile.encoding=UTF-8 \
    -Xlog:class+load=info -cp "$cp" org.cleartrade.ui.Launcher keys export 2>&1) || fail "start with -Xshare:on: $cds"
shared=$(grep -c 'source: shared objects file' <<<"$cds" || true)
[ "$shared" -gt 1000 ] || fail "only $shared classes came from the CDS archive"
pass "CDS archive $(du -k "$scratch/kiosk.jsa" | cut -f1) KiB; $shared classes mapped from it at start"

# --- a first frame under Xvfb ---
if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1080x1920x24 -nolisten tcp 3>"$scratch/display" 2>/dev/null &
    xvfb_pid=$!
    for _ in $(seq 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
    display=$(head -1 "$scratch/display")
    [ -n "$display" ] || fail "Xvfb did not start"
    DISPLAY=":$display" "$app/bin/cleartrade-kiosk" --first-frame-probe kiosk >"$scratch/probe.log" 2>&1 &
    probe=$!
    for _ in $(seq 900); do
        grep -q '^first-frame' "$scratch/probe.log" && break
        kill -0 "$probe" 2>/dev/null || break
        sleep 0.1
    done
    kill "$probe" 2>/dev/null || true
    wait "$probe" 2>/dev/null || true
    grep -q '^first-frame' "$scratch/probe.log" \
        || fail "the installed kiosk showed no first frame on Xvfb :$display: $(tail -20 "$scratch/probe.log")"
    pass "installed kiosk drew its first frame on Xvfb :$display"
else
    echo "check-deb: Xvfb not installed; first frame not checked" >&2
fi
echo "check-deb: all checks passed"
