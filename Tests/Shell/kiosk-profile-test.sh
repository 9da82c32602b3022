#!/usr/bin/env bash
# deploy/kiosk-profile.sh as getty's autologin runs it: a login bash on a real terminal (a tmux pane) with that
# file as ~/.bash_profile, and a stand-in kiosk binary that records its process id. Checks that on the kiosk's
# terminal the login shell becomes the kiosk (same process, exec), that nothing is left once the kiosk ends
# (the pane closes: no shell on the public screen), that a kiosk that cannot start logs out too, and that
# another terminal gets an ordinary shell and no kiosk. Waits on what the pane and files show, with a deadline.
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=$PWD/deploy/kiosk-profile.sh
work=$(mktemp -d)
socket="kiosk-profile-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Polls `condition` (a shell command) every 50 ms for up to 20 s.
wait_for() {
    local what=$1 condition=$2 deadline=$((SECONDS + 20))
    until eval "$condition"; do
        if [ "$SECONDS" -ge "$deadline" ]; then fail "timed out waiting for $what"; return 1; fi
        sleep 0.05
    done
}

pane_alive() { tmux -L "$socket" has-session -t "$1" 2>/dev/null; }

# A home with the profile, and a kiosk folder whose bin/kiosk writes "pid args" and waits for a go-ahead file
# (so the test sees it running before it ends, like a staff exit).
setup() {
    local name=$1
    mkdir -p "$work/$name/home" "$work/$name/kiosk/bin"
    cp "$profile" "$work/$name/home/.bash_profile"
    cat > "$work/$name/kiosk/bin/kiosk" <<'KIOSK'
#!/bin/sh
here=$(cd "$(dirname "$0")/.." && pwd)
echo "$$ $*" > "$here/ran"
while [ ! -e "$here/end" ]; do sleep 0.05; done
KIOSK
    chmod +x "$work/$name/kiosk/bin/kiosk"
}

# Starts a login bash in a new tmux session `name`; `tty` is "pane" (the profile's kiosk terminal is the
# pane's own) or any other path. The pane's first process writes its pid before it becomes the login shell.
login() {
    local name=$1 tty=$2 dir=$work/$1
    local tty_setting='$(tty)'
    [ "$tty" = pane ] || tty_setting=$tty
    tmux -L "$socket" -f /dev/null new-session -d -s "$name" -x 80 -y 24 \
        "sh -c 'echo \$\$ > $dir/shell-pid; KIOSK_TTY=$tty_setting; export KIOSK_TTY; exec env -i HOME=$dir/home KIOSK_HOME=$dir/kiosk KIOSK_TTY=\$KIOSK_TTY TERM=xterm PATH=/usr/bin:/bin bash --login'"
}

# 1. On the kiosk's terminal: the login shell execs the kiosk; when the kiosk ends, nothing is left.
setup kiosk
login kiosk pane
if wait_for "the kiosk to start" "[ -s '$work/kiosk/kiosk/ran' ]"; then
    read -r kiosk_pid arguments < "$work/kiosk/kiosk/ran"
    [ "$kiosk_pid" = "$(cat "$work/kiosk/shell-pid")" ] || fail "the kiosk ($kiosk_pid) is not the login shell's process ($(cat "$work/kiosk/shell-pid")): no exec"
    [ "$arguments" = "run --config $work/kiosk/kiosk/kiosk.conf" ] || fail "the kiosk was started with: $arguments"
    touch "$work/kiosk/kiosk/end"
    wait_for "the login to end with the kiosk" "! pane_alive kiosk" || fail "a shell is left on the screen after the kiosk ended"
fi

# 2. A kiosk that cannot be started: the login ends, no prompt stays.
setup broken
rm "$work/broken/kiosk/bin/kiosk"
login broken pane
wait_for "the login to end" "! pane_alive broken" || fail "a shell is left on the screen when the kiosk cannot start"

# 3. Another terminal (an ssh login, another console): an ordinary shell, no kiosk.
setup other
login other /dev/tty9
tmux -L "$socket" send-keys -t other 'echo still-here' Enter
wait_for "the shell to answer" "tmux -L '$socket' capture-pane -p -t other | grep -q '^still-here'" || fail "no shell on another terminal"
[ ! -e "$work/other/kiosk/ran" ] || fail "the kiosk started on another terminal"
tmux -L "$socket" send-keys -t other 'exit' Enter

bash -n deploy/install.sh || fail "deploy/install.sh does not parse"
if [ "$failures" -gt 0 ]; then
    echo "kiosk-profile-test: $failures failure(s)" >&2
    exit 1
fi
echo "kiosk-profile-test: the profile execs the kiosk on its terminal only, and leaves no shell behind"
