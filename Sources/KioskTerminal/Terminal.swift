import CNCursesW
import Glibc
import KioskGrid

/// Why the terminal could not be set up.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal / cần chạy trong một cửa sổ dòng lệnh (terminal)"
        case .unknownTerminal(let name):
            "the terminal type \"\(name)\" is unknown (TERM) / không nhận ra loại terminal \"\(name)\" (TERM)"
        }
    }
}

/// The full-screen terminal: the only code that calls ncurses. Draws grids by their differences, decodes keys
/// and touches, and puts the terminal back as it was on every way out.
public final class Terminal {
    private let screen: OpaquePointer
    private let theme: Theme
    /// What is on the screen now, to draw only what changed.
    private var shown: Grid?
    /// Keys and mouse reports reassembled from characters, and the events decoded but not yet taken.
    private var sequencer = InputSequencer()
    private var ready: [TerminalEvent] = []

    /// Takes over the terminal. `monochrome` forces the fallback theme (NO_COLOR does too).
    public init(monochrome: Bool = false) throws(TerminalError) {
        Self.ensureUTF8Locale()
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        let name = getenv("TERM").map { String(cString: $0) } ?? "unknown"
        TerminalRestore.install()
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r"),
              let screen = newterm(nil, output, input)
        else { throw .unknownTerminal(name) }
        self.screen = screen
        TerminalRestore.activate()
        raw()  // Ctrl-C, Ctrl-Z, Ctrl-\ arrive as characters, never as signals
        noecho()
        keypad(kiosk_stdscr(), true)
        curs_set(0)
        kiosk_set_escdelay(25)
        if let prefix = kiosk_kmous(), String(cString: prefix) == "\u{1B}[<" {
            // A terminal with SGR mouse reports (xterm and its kin): they are read as characters and decoded by
            // `InputSequencer`, every one of them (ncurses' queue keeps only the last of a burst).
            keyok(KEY_MOUSE, false)
            TerminalRestore.enableMouseReports()
        } else {
            // The Linux console, where gpm delivers touches to ncurses, and terminals with older reports.
            mouseinterval(0)  // report presses at once: a touch must not wait for a possible double click
            mousemask(kiosk_all_mouse_events(), nil)
        }
        let colors = !monochrome && has_colors() && getenv("NO_COLOR") == nil
        if colors { start_color() }
        theme = Theme(colors: colors)
    }

    /// Makes the terminal's own settings current again (the kiosk can also be left by a signal: see
    /// `TerminalRestore`).
    public func stop() {
        TerminalRestore.restore()
        delscreen(screen)
    }

    public var size: Size { Size(width: Int(kiosk_cols()), height: Int(kiosk_lines())) }

    /// Waits up to `milliseconds` for input (0: only what is already there). Events come one at a time, in the
    /// order they arrived, however many came in one read.
    public func next(timeout milliseconds: Int32) -> TerminalInput {
        while ready.isEmpty {
            // Within a sequence, wait only as long as its rest may take.
            let pending = sequencer.pendingTimeout
            wtimeout(kiosk_stdscr(), pending ?? milliseconds)
            var code: wint_t = 0
            switch wget_wch(kiosk_stdscr(), &code) {
            case OK:
                ready += sequencer.feed(.character(UInt32(code)))
            case KEY_CODE_YES:
                if Int32(code) == KEY_RESIZE { shown = nil }
                if let event = InputDecoder.keyCode(Int32(code), size: { size }) {
                    ready += sequencer.feed(.decoded(event))
                }
            default:
                ready += sequencer.flush()
                if ready.isEmpty { return Self.inputClosed() ? .hangup : .idle }
            }
            if ready.isEmpty && sequencer.pendingTimeout == nil { return .idle }
        }
        return .event(ready.removeFirst())
    }

    /// Draws the cells that differ from what is on screen (`GridDiff`), then shows them in one update.
    public func draw(_ grid: Grid) {
        let diff = GridDiff.between(shown, grid)
        if diff.clear { werase(kiosk_stdscr()) }
        for change in diff.cells { put(change.cell, x: change.x, y: change.y) }
        shown = grid
        wnoutrefresh(kiosk_stdscr())
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = theme[cell.role]
        var characters = cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var complex = cchar_t()
        setcchar(&complex, characters, style.attr, style.pair, nil)
        mvwadd_wch(kiosk_stdscr(), Int32(y), Int32(x), &complex)
    }

    /// A read that fails on a hung-up terminal shows as POLLHUP/POLLERR on standard input.
    private static func inputClosed() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Vietnamese letters need a UTF-8 locale; a bare Debian has only C.UTF-8, so fall back to it.
    static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }
}
