import CNCursesW
import KioskGrid

/// Turns what `wget_wch` returns into kiosk events.
enum InputDecoder {
    /// A character code (`wget_wch` returned OK).
    static func character(_ code: UInt32) -> TerminalEvent? {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(code + 96)!)))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// A function-key code (`wget_wch` returned KEY_CODE_YES).
    static func keyCode(_ code: Int32, size: () -> Size) -> TerminalEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize(size())
        case KEY_MOUSE: return mouse()
        default:
            for n in 1...12 where code == kiosk_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    /// Button 1 acts on press (no waiting to tell a click from a double click); the wheel scrolls.
    private static func mouse() -> TerminalEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return mouse(event.bstate, x: Int(event.x), y: Int(event.y))
    }

    /// A mouse report ncurses decoded, by its button state (pure: tests give the masks).
    static func mouse(_ state: mmask_t, x: Int, y: Int) -> TerminalEvent? {
        if state & (kiosk_button1_pressed() | kiosk_button1_clicked()) != 0 { return .click(x: x, y: y) }
        if state & kiosk_button4_pressed() != 0 { return .wheel(-1, x: x, y: y) }
        if state & kiosk_button5_pressed() != 0 { return .wheel(1, x: x, y: y) }
        return nil
    }
}
