import KioskGrid

/// Reassembles what the terminal sends a character at a time into events, in order: keys, and SGR mouse
/// reports (`ESC [ < button ; column ; row M`, `m` on release), which the kiosk decodes itself.
///
/// Why not ncurses' own mouse: after a KEY_MOUSE, `_nc_wgetch` goes on reading mouse reports for as long as more
/// input is already waiting (`check_mouse_activity` with the click interval, 0 here), then hands the whole run
/// to `_nc_mouse_parse` and returns one KEY_MOUSE; `getmouse` gives one event (the newest) of a ring of 8. So
/// eight taps arriving in one read, as over a serial line, SSH or on a busy machine, became one digit, and a tap
/// followed by keys in the same read kept only the keys' place in line. Here every report is its own event.
struct InputSequencer {
    /// What arrived from `wget_wch`.
    enum Input: Equatable {
        /// A character (`wget_wch` returned OK).
        case character(UInt32)
        /// A key ncurses decoded (an arrow, a function key, a resize), already an event.
        case decoded(TerminalEvent)
    }

    private enum Pending: Equatable {
        case none
        /// ESC alone so far: the Escape key, or the start of a sequence.
        case escape
        /// ESC [
        case csi
        /// ESC [ < and the parameters so far; not valid once too long or malformed (then dropped at its end).
        case mouse(String, valid: Bool)
    }

    private var pending = Pending.none

    /// How long to wait for the rest of a sequence before taking what came as it is (milliseconds). A person
    /// pressing Escape waits this long for it to act; the rest of a mouse report follows within microseconds.
    var pendingTimeout: Int32? {
        switch pending {
        case .none: nil
        case .escape: 30
        case .csi, .mouse: 200
        }
    }

    /// The longest parameter text of a report (`65;250;80`, with room to spare): a longer one is dropped.
    private static let parameterLimit = 24

    /// Takes one input; returns the events it completes.
    mutating func feed(_ input: Input) -> [TerminalEvent] {
        guard case .character(let code) = input else {
            if case .decoded(let event) = input { return flush() + [event] }
            return flush()
        }
        switch pending {
        case .none:
            if code == 27 {
                pending = .escape
                return []
            }
            return InputDecoder.character(code).map { [$0] } ?? []
        case .escape:
            if code == UInt32(UInt8(ascii: "[")) {
                pending = .csi
                return []
            }
            pending = .none
            return [.key(.escape)] + feed(input)
        case .csi:
            if code == UInt32(UInt8(ascii: "<")) {
                pending = .mouse("", valid: true)
                return []
            }
            // Another sequence ncurses did not know: as it always came, Escape and the characters.
            pending = .none
            return [.key(.escape), .key(.character("["))] + feed(input)
        case .mouse(let parameters, let valid):
            // ECMA-48: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.
            switch code {
            case 0x30...0x3F:
                let fits = valid && parameters.utf8.count < Self.parameterLimit
                pending = .mouse(fits ? parameters + String(UnicodeScalar(UInt8(code))) : parameters, valid: fits)
                return []
            case 0x20...0x2F:
                pending = .mouse(parameters, valid: false)
                return []
            case 0x40...0x7E:
                pending = .none
                guard valid, code == 0x4D || code == 0x6D else { return [] }  // M press, m release
                return Self.mouse(parameters, pressed: code == 0x4D).map { [$0] } ?? []
            default:
                // Not part of any sequence (a control, a letter beyond ASCII): the report is noise, this is input.
                pending = .none
                return feed(input)
            }
        }
    }

    /// Nothing more came in time: an ESC alone is the Escape key; a broken sequence is dropped.
    mutating func flush() -> [TerminalEvent] {
        defer { pending = .none }
        switch pending {
        case .none, .mouse: return []
        case .escape: return [.key(.escape)]
        case .csi: return [.key(.escape), .key(.character("["))]
        }
    }

    /// Button 1 acts on press (no waiting to tell a click from a double click); the wheel scrolls; releases,
    /// motion and other buttons do nothing.
    static func mouse(_ parameters: String, pressed: Bool) -> TerminalEvent? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 3, let button = numbers[0], let column = numbers[1], let row = numbers[2],
              column >= 1, row >= 1, pressed
        else { return nil }
        let motion = button & 32 != 0
        // Shift, meta and control (4, 8, 16) do not change what a touch means.
        switch button & ~(4 | 8 | 16) {
        case 0 where !motion: return .click(x: column - 1, y: row - 1)
        case 64: return .wheel(-1, x: column - 1, y: row - 1)
        case 65: return .wheel(1, x: column - 1, y: row - 1)
        default: return nil
        }
    }
}
