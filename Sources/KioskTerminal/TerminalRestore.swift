import CNCursesW
import Glibc

/// Puts the terminal back on every way out: normal exit (atexit), and fatal or ending signals (the handler
/// ends curses mode, then re-raises the signal with its default action so the exit status stays true).
enum TerminalRestore {
    /// Set while curses owns the terminal. Only touched on the main thread and in signal handlers.
    nonisolated(unsafe) private static var active = false
    nonisolated(unsafe) private static var installed = false
    /// Set while the terminal sends mouse reports at the kiosk's request (not ncurses'): endwin does not know
    /// to switch them off.
    nonisolated(unsafe) private static var mouseReports = false
    static let fatalSignals: [Int32] = [SIGTERM, SIGHUP, SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE]

    /// Installs the handlers. Called before curses starts, so that ncurses, seeing handlers in place, does not
    /// install its own (its SIGTERM handler would exit with status 1 instead of dying by the signal).
    static func install() {
        guard !installed else { return }
        installed = true
        atexit { TerminalRestore.restore() }
        SignalLayers.install(.terminal, fatalSignals) { number in
            TerminalRestore.restore()
            // Hand the signal to whoever handled it before (the Swift runtime prints a backtrace on crashes),
            // then to the default action, so the process ends the way it would have, by this signal.
            SignalLayers.handOnAndEnd(number, from: .terminal)
        }
        // Keyboard signals cannot arrive in raw mode; ignore them in case something switches raw mode off.
        for signal in [SIGINT, SIGQUIT, SIGTSTP] { Glibc.signal(signal, SIG_IGN) }
    }

    /// Curses owns the terminal from now on: restore it on the way out.
    static func activate() {
        active = true
    }

    static func restore() {
        guard active else { return }
        active = false
        endwin()
        if mouseReports {
            mouseReports = false
            writeOut("\u{1B}[?1006l\u{1B}[?1000l")
        }
    }

    /// Asks the terminal for button presses, releases and the wheel (1000) as SGR reports (1006).
    static func enableMouseReports() {
        mouseReports = true
        writeOut("\u{1B}[?1000h\u{1B}[?1006h")
    }

    /// Straight to the terminal with write(2), which a signal handler may call.
    private static func writeOut(_ text: StaticString) {
        _ = write(1, text.utf8Start, text.utf8CodeUnitCount)
    }
}
