#!/usr/bin/env bash
# Installs the kiosk into /opt/citizen-kiosk on this machine, as root: the release binary, the catalog,
# kiosk.conf (kept if already there), a `kiosk` user, and the systemd unit on tty1.
# Usage, from the repository: sudo bash deploy/install.sh [--autologin]
set -euo pipefail
cd "$(dirname "$0")/.."
target=/opt/citizen-kiosk
bash scripts/ensure-packages
swift build -c release --product kiosk
id kiosk >/dev/null 2>&1 || useradd --system --create-home --shell /bin/bash kiosk
install -d -o root -g root "$target" "$target/bin"
install -d -o kiosk -g kiosk -m 0750 "$target/var"
install -m 0755 .build/release/kiosk "$target/bin/kiosk"
rm -rf "$target/Catalog" && cp -r Catalog "$target/Catalog"
if [ ! -f "$target/kiosk.conf" ]; then
    install -m 0640 -g kiosk kiosk.conf "$target/kiosk.conf"
    echo "Installed kiosk.conf: set the staff PIN (kiosk pin-hash) and the center's details." >&2
fi
if [ "${1:-}" = "--autologin" ]; then
    install -D -m 0644 deploy/getty-autologin.conf /etc/systemd/system/getty@tty1.service.d/autologin.conf
    install -m 0644 -o kiosk -g kiosk deploy/kiosk-profile.sh ~kiosk/.bash_profile
    systemctl daemon-reload
    systemctl restart getty@tty1
else
    install -m 0644 deploy/citizen-kiosk.service /etc/systemd/system/citizen-kiosk.service
    systemctl daemon-reload
    systemctl enable --now citizen-kiosk.service
fi
sudo -u kiosk "$target/bin/kiosk" doctor --config "$target/kiosk.conf" || true
