import CNCursesW
import Glibc

/// What `kiosk doctor` learns about the terminal without taking it over.
public struct TerminalProbe: Sendable {
    public var isTerminal: Bool
    public var name: String
    /// The terminal type is in the terminfo database.
    public var known: Bool
    public var colors: Int
    /// The terminfo entry can report mouse events.
    public var mouse: Bool
    /// The locale is UTF-8, after falling back to C.UTF-8 when needed.
    public var utf8: Bool
    public var width: Int
    public var height: Int

    public static func run() -> TerminalProbe {
        Terminal.ensureUTF8Locale()
        let utf8 = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        let name = getenv("TERM").map { String(cString: $0) } ?? ""
        var error: Int32 = 0
        let known = !name.isEmpty && setupterm(name, 1, &error) == OK
        var colors = 0, mouse = false
        if known {
            colors = Int(tigetnum("colors"))
            if let capability = tigetstr("kmous"), Int(bitPattern: capability) > 0 { mouse = true }
        }
        var size = winsize()
        let sized = ioctl(1, UInt(TIOCGWINSZ), &size) == 0
        return TerminalProbe(isTerminal: isatty(0) == 1 && isatty(1) == 1, name: name, known: known,
                             colors: max(0, colors), mouse: mouse, utf8: utf8,
                             width: sized ? Int(size.ws_col) : 0, height: sized ? Int(size.ws_row) : 0)
    }
}
