import CNCursesW
import KioskUI

/// How each role looks: a high-contrast colour theme (light text on black, dark text on bright buttons), or
/// attributes alone on terminals without colours or when NO_COLOR is set.
struct Theme {
    /// Attributes and colour pair per role, indexed by `Role.rawValue`.
    private(set) var styles: [(attr: attr_t, pair: Int16)] = []

    init(colors: Bool) {
        let bold = kiosk_a_bold(), reverse = kiosk_a_reverse(), underline = kiosk_a_underline()
        let normal = kiosk_a_normal()
        for role in Role.allCases {
            if colors {
                let (fg, bg, attr) = Self.colors(role, bold: bold, underline: underline, normal: normal)
                let pair = Int16(role.rawValue) + 1
                init_pair(pair, fg, bg)
                styles.append((attr, pair))
            } else {
                styles.append((Self.attributes(role, bold: bold, reverse: reverse, underline: underline,
                                               normal: normal), 0))
            }
        }
    }

    subscript(role: Role) -> (attr: attr_t, pair: Int16) { styles[Int(role.rawValue)] }

    private static func colors(_ role: Role, bold: attr_t, underline: attr_t, normal: attr_t)
        -> (Int16, Int16, attr_t)
    {
        let black = Int16(COLOR_BLACK), white = Int16(COLOR_WHITE), yellow = Int16(COLOR_YELLOW)
        let blue = Int16(COLOR_BLUE), cyan = Int16(COLOR_CYAN), green = Int16(COLOR_GREEN), red = Int16(COLOR_RED)
        switch role {
        case .plain: return (white, black, normal)
        case .header: return (white, blue, bold)
        case .title: return (yellow, black, bold)
        case .section: return (cyan, black, bold)
        case .muted: return (cyan, black, normal)
        case .button: return (black, white, normal)
        case .selected: return (black, yellow, bold)
        case .match: return (yellow, black, bold | underline)
        case .matchSelected: return (blue, yellow, bold | underline)
        case .input: return (white, blue, bold)
        case .cursor: return (blue, white, normal)
        case .tab: return (black, white, normal)
        case .tabActive: return (black, yellow, bold)
        case .footerKey: return (black, cyan, bold)
        case .footer: return (white, blue, normal)
        case .notice: return (yellow, black, bold)
        case .statusGood: return (black, green, bold)
        case .statusWaiting: return (black, yellow, bold)
        case .statusProblem: return (white, red, bold)
        }
    }

    private static func attributes(_ role: Role, bold: attr_t, reverse: attr_t, underline: attr_t, normal: attr_t)
        -> attr_t
    {
        switch role {
        case .plain, .muted, .tab, .footer, .input: normal
        case .header, .button, .footerKey, .cursor: reverse
        case .title, .notice: bold
        case .section: bold | underline
        case .selected, .tabActive: reverse | bold
        case .match: bold | underline
        case .matchSelected: reverse | bold | underline
        case .statusGood, .statusWaiting, .statusProblem: reverse | bold
        }
    }
}
