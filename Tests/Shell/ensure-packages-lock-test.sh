#!/usr/bin/env bash
# scripts/ensure-packages while another package manager holds apt's locks (as a second test run or
# unattended-upgrades does): it waits, says so, and installs once the locks are free — instead of failing at once.
# A small package that nothing needs ("sl") is installed and removed again. Needs root (or sudo) to take the locks.
set -euo pipefail
cd "$(dirname "$0")/../.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
work=$(mktemp -d)
holder=""
cleanup() {
    [ -z "$holder" ] || kill "$holder" 2>/dev/null || true
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq sl > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
if dpkg-query -W -f='${Status}' sl 2>/dev/null | grep -q "install ok installed"; then
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq sl > /dev/null
fi
# Both locks apt takes (the lists' for update, dpkg's front end for install), held as apt holds them (fcntl).
mkfifo "$work/release"
$sudo python3 - "$work/release" > "$work/held" <<'PY' &
import fcntl, sys
locks = [open(path, "a") for path in ("/var/lib/apt/lists/lock", "/var/lib/dpkg/lock-frontend")]
for lock in locks:
    fcntl.lockf(lock, fcntl.LOCK_EX)
print("held", flush=True)
open(sys.argv[1]).read()
PY
holder=$!
deadline=$((SECONDS + 60))
until grep -q held "$work/held"; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "FAIL: the locks were not taken" >&2; exit 1; }
    sleep 0.2
done
KIOSK_APT_WAIT=300 bash scripts/ensure-packages sl 2> "$work/log" &
installer=$!
deadline=$((SECONDS + 120))
until grep -q "another package manager holds apt's lock; waiting" "$work/log"; do
    if ! kill -0 "$installer" 2>/dev/null; then echo "FAIL: ensure-packages ended instead of waiting:" >&2; cat "$work/log" >&2; exit 1; fi
    [ "$SECONDS" -lt "$deadline" ] || { echo "FAIL: ensure-packages said nothing of the lock" >&2; cat "$work/log" >&2; exit 1; }
    sleep 0.2
done
kill -0 "$installer" || { echo "FAIL: ensure-packages gave up while the lock was held" >&2; exit 1; }
echo > "$work/release"
wait "$holder"
holder=""
if ! wait "$installer"; then echo "FAIL: ensure-packages failed once the locks were free:" >&2; cat "$work/log" >&2; exit 1; fi
dpkg-query -W -f='${Status}' sl | grep -q "install ok installed" || { echo "FAIL: sl was not installed" >&2; exit 1; }
echo "ensure-packages-lock-test: waited for apt's locks, then installed"
