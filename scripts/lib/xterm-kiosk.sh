# The kiosk as a person sees it: a real xterm (DejaVu Sans Mono) under Xvfb, the kiosk in a tmux pane inside it
# (tmux passes colours and attributes on to xterm unchanged), so that a script can wait for the text of the screen
# it expects before it takes a screenshot: a loaded machine is slow, never skipped.
# Sourced by scripts/contrast and scripts/qr-phone. The caller sets $work (a folder of its own) and $kiosk, and
# calls xk_stop from its EXIT trap. Messages are prefixed with $xk_name.

xk_name=${xk_name:-xterm-kiosk}
xk_xvfb=""
xk_xterm=""
xk_socket=""
xk_window=""
xk_last_shot=""

# A kiosk of its own in $work: the shipped catalog, a case database with the demo cases, its own log.
# Sets $receipt and $digits to a demo case (by its key, default processing-passport).
xk_config() {
    local key=${1:-processing-passport} seed
    sed -e "s|catalog = \"Catalog\"|catalog = \"$PWD/Catalog\"|" \
        -e "s|cases_database = \"var/cases.sqlite\"|cases_database = \"$work/cases.sqlite\"|" \
        -e "s|log = \"var/kiosk.log\"|log = \"$work/kiosk.log\"|" kiosk.conf > "$work/kiosk.conf"
    seed=$("$kiosk" cases seed --config "$work/kiosk.conf" 2>/dev/null | awk -v key="$key" '$4 == key {print $1, $2}')
    receipt=${seed% *}
    digits=${seed#* }
}

# Xvfb picks a free display itself and names it once it accepts connections (-displayfd): a display number
# chosen here could be another program's server, which answers until it goes away mid-run. Its first start on a
# new machine (keyboard maps compiled, fonts indexed) can take many seconds: up to a minute. $1: the screen's
# size (default 1920x1200; a 200x60 xterm at 14 points, 12x24 pixels a cell, needs 2400x1440).
xk_start_xvfb() {
    # -noreset: by default the server resets when its last client leaves, and a window opened during the reset
    # (the next xterm, right after the last one closed) is refused: "Can't open display".
    Xvfb -displayfd 3 -screen 0 "${1:-1920x1200}x24" -nolisten tcp -noreset 3>"$work/display" >/dev/null 2>&1 &
    xk_xvfb=$!
    for _ in $(seq 600); do
        [ -s "$work/display" ] && break
        kill -0 "$xk_xvfb" 2>/dev/null || { echo "$xk_name: Xvfb did not start" >&2; return 1; }
        sleep 0.1
    done
    [ -s "$work/display" ] || { echo "$xk_name: Xvfb named no display within a minute" >&2; return 1; }
    export DISPLAY=":$(head -1 "$work/display")"
    xdpyinfo >/dev/null 2>&1 || { echo "$xk_name: Xvfb on $DISPLAY does not answer" >&2; return 1; }
}

# xk_open NAME COLUMNS ROWS TERM NOCOLOR [xterm options...]: the kiosk in English in a new xterm window
# ($xk_program: the kiosk command to run, `run` unless the caller sets another, e.g. `board`).
xk_open() {
    local name=$1 columns=$2 rows=$3 term=$4 nocolor=$5; shift 5
    xk_socket="xk-$$-$name"
    kill -0 "$xk_xvfb" 2>/dev/null || { echo "$xk_name: Xvfb on $DISPLAY has gone away" >&2; return 1; }
    xterm -b 0 -fa "DejaVu Sans Mono" -fs 14 -geometry "${columns}x${rows}" -xrm 'XTerm*boldColors: true' "$@" \
        -e tmux -L "$xk_socket" -f /dev/null new-session -s kiosk \
        "env TERM=$term LC_ALL=C.UTF-8 ${nocolor:+NO_COLOR=1} $kiosk ${xk_program:-run} --config $work/kiosk.conf --lang en" \; \
        set -g status off &
    xk_xterm=$!
    xk_window=""
    xk_last_shot=""
    for _ in $(seq 100); do
        xk_window=$(xdotool search --pid "$xk_xterm" 2>/dev/null | head -1) && [ -n "$xk_window" ] && break
        sleep 0.1
    done
    [ -n "$xk_window" ] || { echo "$xk_name: no xterm window" >&2; return 1; }
}

# Waits (30 s at most) until the pane shows the text $1; fails saying so.
xk_wait() {
    for _ in $(seq 300); do
        tmux -L "$xk_socket" capture-pane -p -t kiosk 2>/dev/null | grep -qF "$1" && return 0
        sleep 0.1
    done
    echo "$xk_name: the screen never showed “$1”" >&2
    return 1
}

xk_keys() { tmux -L "$xk_socket" send-keys -t kiosk "$@"; }

# The window's image at $1 once it shows something new (unlike the last screenshot taken) and has stopped
# changing (two shots 0.3 s apart alike), within 30 s.
xk_shoot() {
    local out=$1 previous="" current
    for _ in $(seq 100); do
        sleep 0.3
        import -window "$xk_window" -depth 8 "ppm:$out.new" 2>/dev/null || continue
        current=$(md5sum < "$out.new")
        if [ "$current" = "$previous" ] && [ "$current" != "$xk_last_shot" ]; then
            mv "$out.new" "$out"
            xk_last_shot=$current
            return 0
        fi
        previous=$current
    done
    echo "$xk_name: the screen did not change and settle for $out" >&2
    return 1
}

# From home, by the keyboard as a citizen would: "Take a queue number" (six buttons down), the immigration office's
# queue K (the ninth row, under "I have a booking"), a regular number (the priority question's first row). Fails,
# saying which screen never came, when one does not.
xk_take_queue_number() {
    xk_wait "Take a queue number" || return 1
    for _ in 1 2 3 4 5 6; do xk_keys Down; done
    xk_keys Enter
    xk_wait "Choose where you are going" || return 1
    for _ in 1 2 3 4 5 6 7 8; do xk_keys Down; done
    xk_keys Enter
    xk_wait "Do you belong to one of the groups" || return 1
    xk_keys Enter
}

# Ends the kiosk and its xterm.
xk_close() {
    [ -n "$xk_socket" ] && tmux -L "$xk_socket" kill-server 2>/dev/null || true
    [ -n "$xk_xterm" ] && wait "$xk_xterm" 2>/dev/null || true
    xk_xterm=""
    xk_socket=""
}

xk_stop() {
    [ -n "$xk_socket" ] && tmux -L "$xk_socket" kill-server 2>/dev/null || true
    [ -n "$xk_xterm" ] && kill "$xk_xterm" 2>/dev/null || true
    [ -n "$xk_xvfb" ] && kill "$xk_xvfb" 2>/dev/null || true
}

# The Linux console's 16 colours (the VGA palette the kernel loads).
xk_console_palette=(-xrm 'XTerm*color0: #000000' -xrm 'XTerm*color1: #AA0000' -xrm 'XTerm*color2: #00AA00'
    -xrm 'XTerm*color3: #AA5500' -xrm 'XTerm*color4: #0000AA' -xrm 'XTerm*color5: #AA00AA'
    -xrm 'XTerm*color6: #00AAAA' -xrm 'XTerm*color7: #AAAAAA' -xrm 'XTerm*color8: #555555'
    -xrm 'XTerm*color9: #FF5555' -xrm 'XTerm*color10: #55FF55' -xrm 'XTerm*color11: #FFFF55'
    -xrm 'XTerm*color12: #5555FF' -xrm 'XTerm*color13: #FF55FF' -xrm 'XTerm*color14: #55FFFF'
    -xrm 'XTerm*color15: #FFFFFF' -xrm 'XTerm*foreground: #AAAAAA' -xrm 'XTerm*background: #000000')
