/// A key as the kiosk understands it, decoded from the terminal by KioskTerminal.
public enum Key: Hashable, Sendable {
    /// A printable character, Vietnamese letters included.
    case character(Character)
    /// Ctrl with a letter (lower case): what raw mode turns Ctrl-C, Ctrl-X… into.
    case control(Character)
    case function(Int)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, pageUp, pageDown, home, end

    /// The label of the key in the footer.
    public var label: String {
        switch self {
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .function(let n): "F\(n)"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "⌫"
        case .delete: "Del"
        case .tab: "Tab"
        case .backTab: "⇧Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        }
    }
}
