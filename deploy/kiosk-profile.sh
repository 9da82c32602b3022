# ~kiosk/.bash_profile with getty autologin (deploy/getty-autologin.conf): start the kiosk on tty1 only.
if [ "$(tty)" = "/dev/tty1" ]; then
    export LC_ALL=C.UTF-8 SWIFT_BACKTRACE=interactive=no
    cd /opt/citizen-kiosk && ./bin/kiosk run --config /opt/citizen-kiosk/kiosk.conf
    echo "The kiosk has ended ($?). Type 'exit' to start it again."
fi
