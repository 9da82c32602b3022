#!/usr/bin/env bash
# The systemd unit in deploy/ as systemd reads it (`systemd-analyze verify`), with the installed paths pointing at
# a throw-away install of the built binary; and the console font the unit and the getty drop-in load exists
# where they say.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
font=$(sed -n 's|^ExecStartPre=+/usr/bin/setfont -C /dev/tty1 \(.*\)$|\1|p' deploy/citizen-kiosk.service)
[ -n "$font" ] || fail "the unit loads no console font"
[ -f "$font" ] || fail "the unit's font $font does not exist (console-setup-linux)"
grep -q "setfont -C /dev/%I $font" deploy/getty-autologin.conf || fail "the getty drop-in loads another font than the unit"
mkdir -p "$work/root/bin" "$work/root/Catalog" "$work/root/var" "$work/units"
cp .build/debug/kiosk "$work/root/bin/kiosk"
touch "$work/root/kiosk.conf"
for unit in citizen-kiosk.service citizen-kiosk-cage.service; do
    sed "s|/opt/citizen-kiosk|$work/root|g" "deploy/$unit" > "$work/units/$unit"
    if ! output=$(systemd-analyze verify "$work/units/$unit" 2>&1); then fail "systemd-analyze $unit: $output"; fi
    if [ -n "$output" ]; then fail "systemd-analyze says of $unit: $output"; fi
done
# Both set-ups lock the system down alike: the touch unit may not be looser than the console one.
for directive in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes \
    'ReadOnlyPaths=/opt/citizen-kiosk/Catalog /opt/citizen-kiosk/kiosk.conf'; do
    for unit in citizen-kiosk.service citizen-kiosk-cage.service; do
        grep -qxF "$directive" "deploy/$unit" || fail "$unit lacks $directive"
    done
done
for unit in citizen-kiosk.service citizen-kiosk-cage.service; do
    grep -q '^ReadWritePaths=/opt/citizen-kiosk/var\( \|$\)' "deploy/$unit" || fail "$unit does not keep var/ writable alone"
done
# The touch set-up's terminal tells ncurses it reports touches as SGR mouse presses, the kind the kiosk decodes.
[ "$(infocmp -1 foot 2>/dev/null | sed -n 's/^\tkmous=\(.*\),$/\1/p')" = '\E[<' ] || fail "foot's terminfo does not report SGR mouse"

bash -n deploy/install.sh || fail "deploy/install.sh does not parse"
# The console font set-up, on a copy of a console-setup file as Debian ships it, without touching the console.
cat > "$work/console-setup" <<'CONFIG'
ACTIVE_CONSOLES="/dev/tty[1-6]"
CHARMAP="UTF-8"
CODESET="guess"
FONTFACE="Fixed"
VIDEOMODE=
CONFIG
bash deploy/console-font.sh "$work/console-setup" --dry-run
for expected in 'CHARMAP="UTF-8"' 'CODESET="Vietnamese"' 'FONTFACE="Fixed"' 'FONTSIZE="8x16"' 'ACTIVE_CONSOLES="/dev/tty[1-6]"'; do
    grep -qxF "$expected" "$work/console-setup" || fail "console-font.sh left no $expected"
done
[ "$(grep -c '^CODESET=' "$work/console-setup")" = 1 ] || fail "console-font.sh wrote CODESET twice"
# What that set-up loads is the font the unit loads.
face=$(sed -n 's/^FONTFACE="\(.*\)"$/\1/p' "$work/console-setup"); size=$(sed -n 's/^FONTSIZE="8x\(.*\)"$/\1/p' "$work/console-setup")
[ -f "/usr/share/consolefonts/Vietnamese-$face$size.psf.gz" ] || fail "no Vietnamese-$face$size console font"
[ "/usr/share/consolefonts/Vietnamese-$face$size.psf.gz" = "$font" ] || fail "boot and the unit load different fonts"
[ "$failures" -eq 0 ] || { echo "deploy-units-test: $failures failure(s)" >&2; exit 1; }
echo "deploy-units-test: both units verify and lock the system down alike; the console font set-up writes what the unit loads, and it is installed"
