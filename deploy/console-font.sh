#!/usr/bin/env bash
# Sets the Linux console up for Vietnamese from boot on: console-setup's Vietnamese code set with its fixed 8x16
# font (/usr/share/consolefonts/Vietnamese-Fixed16.psf.gz, all 134 Vietnamese letters), then applies it with
# setupcon. Called by install.sh. Usage: deploy/console-font.sh [CONFIG] [--dry-run]
#   CONFIG     the console-setup file (default /etc/default/console-setup)
#   --dry-run  change CONFIG only; do not run setupcon (for a test, or a machine without a console)
set -euo pipefail
config=/etc/default/console-setup
apply=yes
for argument in "$@"; do
    case "$argument" in
        --dry-run) apply=no ;;
        *) config=$argument ;;
    esac
done
[ -f "$config" ] || { echo "console-font: no $config (install console-setup)" >&2; exit 1; }
# Each setting replaced where the file has it, added where it does not.
set_value() {
    if grep -q "^$1=" "$config"; then
        sed -i "s|^$1=.*|$1=\"$2\"|" "$config"
    else
        echo "$1=\"$2\"" >> "$config"
    fi
}
set_value CHARMAP UTF-8
set_value CODESET Vietnamese
set_value FONTFACE Fixed
set_value FONTSIZE 8x16
if [ "$apply" = yes ]; then setupcon --force || echo "console-font: setupcon failed (no console here?)" >&2; fi
