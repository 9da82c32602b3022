/// What goes on a receipt, as blocks a receipt printer lays out one under another: text in a style, a rule,
/// a QR code, blank lines. Built by the kiosk's screens (a checklist, a queue ticket), turned into a
/// printer's bytes by `ESCPOSEncoder`.
public struct Printout: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        /// Wrapped to the paper's width; continuation lines start `style.indent` spaces in.
        case text(String, PrintStyle)
        /// A line of dashes across the paper.
        case rule
        /// A QR code of the text (a URL), centred.
        case qrCode(String)
        /// Empty lines.
        case blank(Int)
    }

    public var blocks: [Block]

    public init(_ blocks: [Block] = []) {
        self.blocks = blocks
    }

    public mutating func text(_ text: String, _ style: PrintStyle = .plain) { blocks.append(.text(text, style)) }
    public mutating func rule() { blocks.append(.rule) }
    public mutating func qrCode(_ text: String) { blocks.append(.qrCode(text)) }
    public mutating func blank(_ lines: Int = 1) { blocks.append(.blank(lines)) }
}

/// How a block of text is printed.
public struct PrintStyle: Sendable, Equatable {
    public var centred = false
    public var bold = false
    /// Double width and height: a ticket's number, read from a few steps away.
    public var large = false
    /// Spaces before continuation lines (a bullet's hanging indent).
    public var indent = 0
    /// Spaces before the first line (a line that belongs to the item above it).
    public var firstIndent = 0

    public init(centred: Bool = false, bold: Bool = false, large: Bool = false, indent: Int = 0, firstIndent: Int = 0) {
        self.centred = centred
        self.bold = bold
        self.large = large
        self.indent = indent
        self.firstIndent = firstIndent
    }

    public static let plain = PrintStyle()
    public static let heading = PrintStyle(centred: true, bold: true)
    public static let title = PrintStyle(bold: true)
}
