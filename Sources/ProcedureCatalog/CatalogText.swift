import Foundation

/// Rules for every text the catalog holds.
public enum CatalogText {
    /// NFC, so that each Vietnamese letter is one scalar and one terminal cell.
    public static func normalized(_ text: String) -> String {
        isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar is one that NFC leaves alone wherever it stands (Unicode's NFC_Quick_Check=Yes,
    /// and not a combining mark): ASCII, Latin-1 and Latin Extended, the precomposed Vietnamese letters, common
    /// punctuation and the đồng sign. Such text is already NFC, and Foundation's normalisation (slow) is skipped;
    /// anything else, such as text written with combining accents, is normalised.
    static func isSurelyNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00..<0x0300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: continue
            default: return false
            }
        }
        return true
    }

    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break spaces).
    public static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        // Most catalog texts have nothing to trim: look at both ends before searching.
        guard let head = scalars.first, let tail = scalars.last else { return text }
        if !isWhitespace(head) && !isWhitespace(tail) { return text }
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isWhitespace($0) })!
        return String(scalars[first...last])
    }

    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80: false
        default: scalar.properties.isWhitespace
        }
    }

    /// How long a text of the catalog may be. Screens, search and the snapshot handle any length, but not in a
    /// citizen's time: one 5 MB name made the kiosk start in 8 s with 600 MB and freeze on a keystroke. The
    /// bounds are set from the real national list (`../shared/data/national-procedures.tsv`, 2,642 procedures):
    /// its longest procedure name is 1,094 characters and its longest agency list 1,340, so a name may have
    /// 2,000 (almost twice the longest real one) and any other text 10,000 (a paragraph of notes or steps; the
    /// longest real documents list, all documents together, is 1,689).
    public enum LengthLimit: Hashable, Sendable {
        case name, text

        public var characters: Int {
            switch self {
            case .name: 2_000
            case .text: 10_000
            }
        }
    }

    /// The limit for the field at this key path: names (`name`, `documents[2].name.vi`) or any other text.
    public static func lengthLimit(field: String) -> LengthLimit {
        var parts = field.split(separator: ".")
        if let last = parts.last, last == "vi" || last == "en" { parts.removeLast() }
        guard let key = parts.last else { return .text }
        let name = key.prefix { $0 != "[" }
        return name == "name" || name == "title" ? .name : .text
    }

    /// The first character that must never reach a terminal: C0 controls other than newline and tab, DEL,
    /// C1 controls (U+0080–U+009F, including the single-scalar CSI), and bidirectional overrides.
    public static func firstControlCharacter(_ text: String) -> UInt32? {
        for scalar in text.unicodeScalars where isForbidden(scalar.value) {
            return scalar.value
        }
        return nil
    }

    /// The text with every forbidden character written out visibly (`<U+001B>`), for messages that quote what
    /// an operator's file holds (a key, a path) and go straight to a terminal.
    public static func inert(_ text: String) -> String {
        guard firstControlCharacter(text) != nil else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isForbidden(scalar.value) {
                out += "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func isForbidden(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
