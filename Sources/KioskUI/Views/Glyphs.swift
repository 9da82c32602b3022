/// The symbols the kiosk draws besides text, chosen by the terminal. The Linux console (TERM=linux) shows only
/// what its font holds: the Vietnamese console fonts Debian ships (`Vietnamese-Fixed16`, which deploy/ loads)
/// have every Vietnamese letter, the box and arrow characters, but not ⌂ ⌕ ⌫, so the console gets others.
public struct Glyphs: Equatable, Sendable {
    public var home: String
    public var search: String
    public var erase: String
    /// Whether the font has the lower half block `▄` that QR codes are drawn with (the console fonts lack it).
    public var halfBlocks = true
    /// The board's marks of a priority and a booked number (the console fonts have neither ★ nor ◷).
    public var priority = "★"
    public var booked = "◷"

    /// Terminal emulators with full Unicode fonts.
    public static let full = Glyphs(home: "⌂", search: "⌕", erase: "⌫")
    /// The Linux console with a Vietnamese console font: no half blocks, so QR codes take 2 cells a module.
    public static let console = Glyphs(home: "◈", search: "▶", erase: "◀", halfBlocks: false, priority: "♦", booked: "●")

    /// The set for a terminal type: the console's for `linux` (and its variants, `linux-16color`…).
    public static func forTerminal(_ term: String?) -> Glyphs {
        (term ?? "").hasPrefix("linux") ? .console : .full
    }

    /// A key's name in the footer and on the keypad.
    func label(_ key: Key) -> String {
        key == .backspace ? erase : key.label
    }
}
