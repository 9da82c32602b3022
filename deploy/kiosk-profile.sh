# ~kiosk/.bash_profile with getty autologin (deploy/getty-autologin.conf): on tty1 the login shell replaces
# itself with the kiosk (exec), so that no shell is ever left on the public screen. When the kiosk ends (a
# staff exit, a crash) the login ends with it and getty logs in and starts the kiosk again; maintenance
# happens over ssh or on another console (Ctrl-Alt-F2). Elsewhere (an ssh login, another console) the
# profile does nothing. KIOSK_HOME and KIOSK_TTY exist for the test (Tests/Shell/kiosk-profile-test.sh).
kiosk_home=${KIOSK_HOME:-/opt/citizen-kiosk}
if [ "$(tty)" = "${KIOSK_TTY:-/dev/tty1}" ]; then
    export LC_ALL=C.UTF-8 SWIFT_BACKTRACE=interactive=no
    cd "$kiosk_home" && exec ./bin/kiosk run --config "$kiosk_home/kiosk.conf"
    # Only when the kiosk could not be started at all: log out rather than stay at a prompt.
    exit 1
fi
