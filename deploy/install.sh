#!/usr/bin/env bash
# Installs the kiosk into /opt/citizen-kiosk on this machine, as root: the release binary, the catalog,
# kiosk.conf (kept if already there), a `kiosk` user, and the systemd unit on tty1 (the `kiosk` user then has
# no login shell at all), or with --autologin getty's autologin on tty1 whose profile execs the kiosk.
# Either way a staff exit leaves no shell on the public screen: the kiosk starts again.
# With --touch, the kiosk in the foot terminal inside the cage Wayland compositor on tty1 (the set-up for a
# touch screen: deploy/citizen-kiosk-cage.service).
# Usage, from the repository: sudo bash deploy/install.sh [--autologin | --touch]
set -euo pipefail
cd "$(dirname "$0")/.."
target=/opt/citizen-kiosk
bash scripts/ensure-packages console-setup-linux kbd alsa-utils
# Vietnamese on the console from boot on (every tty).
bash deploy/console-font.sh
swift build -c release --product kiosk
id kiosk >/dev/null 2>&1 || useradd --system --create-home --shell /usr/sbin/nologin kiosk
install -d -o root -g root "$target" "$target/bin"
install -d -o kiosk -g kiosk -m 0750 "$target/var"
install -m 0755 .build/release/kiosk "$target/bin/kiosk"
rm -rf "$target/Catalog" && cp -r Catalog "$target/Catalog"
if [ ! -f "$target/kiosk.conf" ]; then
    install -m 0640 -g kiosk kiosk.conf "$target/kiosk.conf"
    echo "Installed kiosk.conf: set the staff PIN (kiosk pin-hash) and the center's details." >&2
fi
# Reading aloud: the kiosk user may open the sound card; its master level is set once, unmuted, and kept
# (alsa-utils restores it at boot). The citizen's F11/F12 then move the voice within it; `aplay -L` lists the
# device names kiosk.conf's speech.output may give instead of the default.
usermod -a -G audio kiosk
if amixer -q sset Master 80% unmute 2>/dev/null; then alsactl store 2>/dev/null || true; fi
home=$(getent passwd kiosk | cut -d: -f6)
if [ "${1:-}" = "--autologin" ]; then
    # The login shell only runs the profile, which replaces it with the kiosk.
    usermod --shell /bin/bash kiosk
    systemctl disable --now citizen-kiosk.service 2>/dev/null || true
    rm -f /etc/systemd/system/citizen-kiosk.service
    install -D -m 0644 deploy/getty-autologin.conf /etc/systemd/system/getty@tty1.service.d/autologin.conf
    install -m 0644 -o root -g root deploy/kiosk-profile.sh "$home/.bash_profile"
    install -m 0644 -o root -g root /dev/null "$home/.hushlogin"
    systemctl daemon-reload
    systemctl restart getty@tty1
else
    # The unit starts the kiosk itself: the `kiosk` user needs no shell, and gets none (ssh, su, a console).
    usermod --shell /usr/sbin/nologin kiosk
    rm -f /etc/systemd/system/getty@tty1.service.d/autologin.conf "$home/.bash_profile"
    if [ "${1:-}" = "--touch" ]; then
        bash scripts/ensure-packages cage foot foot-terminfo fonts-dejavu-core
        usermod -a -G video,input,render kiosk || true
        install -m 0644 deploy/citizen-kiosk-cage.service /etc/systemd/system/citizen-kiosk.service
    else
        install -m 0644 deploy/citizen-kiosk.service /etc/systemd/system/citizen-kiosk.service
    fi
    systemctl daemon-reload
    systemctl enable --now citizen-kiosk.service
fi
sudo -u kiosk "$target/bin/kiosk" doctor --config "$target/kiosk.conf" || true
