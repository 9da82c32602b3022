import CNCursesW
import KioskGrid

/// How each role looks: light text on black, dark text on bright buttons, or attributes alone on terminals
/// without colours or when NO_COLOR is set.
///
/// Every pair reaches at least 4.5:1 (WCAG AA) in the palettes it is drawn with, measured by `scripts/contrast`
/// on screenshots of a real xterm (docs/screens.md, "Colours and contrast"). Two things decide the choices:
/// - Bold turns colours 0–7 into their bright versions in xterm and on the Linux console: bold black is grey
///   (#7F7F7F, #555555), so dark text is never bold in the 8-colour theme.
/// - The Linux console's yellow is brown (#AA5500): black on it is 4.0:1, so the 8-colour theme puts dark text
///   on cyan, green or white only.
/// With 256 colours the theme names colours from the 6×6×6 cube (16–231), which bold does not brighten.
struct Theme {
    /// Attributes and colour pair per role, indexed by `Role.rawValue`.
    private(set) var styles: [(attr: attr_t, pair: Int16)] = []

    enum Palette { case none, eight, extended }

    init(colors: Bool) {
        let palette: Palette = !colors ? .none : kiosk_colors() >= 256 ? .extended : .eight
        let bold = kiosk_a_bold(), reverse = kiosk_a_reverse(), underline = kiosk_a_underline()
        let normal = kiosk_a_normal()
        for role in Role.allCases {
            let style = Self.style(role)
            switch palette {
            case .none:
                styles.append((Self.attributes(role, bold: bold, reverse: reverse, underline: underline,
                                               normal: normal), 0))
            case .eight, .extended:
                let (fg, bg) = palette == .extended ? (style.fg.extended, style.bg.extended)
                    : (style.fg.eight, style.bg.eight)
                let pair = Int16(role.rawValue) + 1
                init_pair(pair, fg, bg)
                // Bold only where the foreground is light: bright is then brighter, never grey.
                var attr = style.bold && (palette == .extended || style.fg.light) ? bold : normal
                if style.underline { attr |= underline }
                styles.append((attr, pair))
            }
        }
    }

    subscript(role: Role) -> (attr: attr_t, pair: Int16) { styles[Int(role.rawValue)] }

    /// A colour in both palettes: an index of the 8 basic colours and one of the 256-colour cube.
    struct Colour {
        let eight: Int16
        let extended: Int16
        /// Light enough that bold (bright) only raises its contrast on the dark backgrounds it is used on.
        let light: Bool

        static let black = Colour(eight: Int16(COLOR_BLACK), extended: 16, light: false)
        static let white = Colour(eight: Int16(COLOR_WHITE), extended: 231, light: true)
        static let grey = Colour(eight: Int16(COLOR_WHITE), extended: 252, light: true)
        static let yellow = Colour(eight: Int16(COLOR_YELLOW), extended: 226, light: true)
        static let cyan = Colour(eight: Int16(COLOR_CYAN), extended: 51, light: true)
        /// Cyan without bold, a shade darker than `cyan` (secondary text).
        static let teal = Colour(eight: Int16(COLOR_CYAN), extended: 44, light: true)
        static let blue = Colour(eight: Int16(COLOR_BLUE), extended: 19, light: false)
        static let green = Colour(eight: Int16(COLOR_GREEN), extended: 40, light: false)
        static let red = Colour(eight: Int16(COLOR_RED), extended: 124, light: false)
        /// The selection: cyan in 8 colours (the console's yellow is brown), gold with 256.
        static let focus = Colour(eight: Int16(COLOR_CYAN), extended: 220, light: false)
        /// Waiting: yellow on blue in 8 colours, black on gold with 256.
        static let waitingText = Colour(eight: Int16(COLOR_YELLOW), extended: 16, light: true)
        static let waitingBand = Colour(eight: Int16(COLOR_BLUE), extended: 220, light: false)
    }

    struct Style {
        let fg: Colour
        let bg: Colour
        var bold = false
        var underline = false
    }

    static func style(_ role: Role) -> Style {
        switch role {
        case .plain: Style(fg: .grey, bg: .black)
        case .header: Style(fg: .white, bg: .blue, bold: true)
        case .title: Style(fg: .yellow, bg: .black, bold: true)
        case .section: Style(fg: .cyan, bg: .black, bold: true)
        case .muted: Style(fg: .teal, bg: .black)
        case .button: Style(fg: .black, bg: .grey)
        case .selected: Style(fg: .black, bg: .focus, bold: true)
        case .match: Style(fg: .yellow, bg: .black, bold: true, underline: true)
        case .matchSelected: Style(fg: .black, bg: .focus, bold: true, underline: true)
        case .input: Style(fg: .white, bg: .blue, bold: true)
        case .cursor: Style(fg: .blue, bg: .white)
        case .tab: Style(fg: .black, bg: .grey)
        case .tabActive: Style(fg: .black, bg: .focus, bold: true)
        case .footerKey: Style(fg: .yellow, bg: .blue, bold: true)
        case .footer: Style(fg: .white, bg: .blue)
        case .notice: Style(fg: .yellow, bg: .black, bold: true)
        case .statusGood: Style(fg: .black, bg: .green, bold: true)
        case .statusWaiting: Style(fg: .waitingText, bg: .waitingBand, bold: true)
        case .statusProblem: Style(fg: .white, bg: .red, bold: true)
        // Never bold: bold black is grey, and the modules must stay as dark as the terminal can make them.
        case .qrCode: Style(fg: .black, bg: .white)
        case .qrCodeDark: Style(fg: .white, bg: .black)
        case .bigNumber: Style(fg: .black, bg: .focus, bold: true)
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
        // Without colours, reverse video: the terminal's light text colour behind, its dark background in the
        // blocks (the usual light-on-dark terminal; a dark-on-light one would show the code inverted).
        case .qrCode: reverse
        case .qrCodeDark: 0
        case .bigNumber: reverse | bold
        }
    }
}
