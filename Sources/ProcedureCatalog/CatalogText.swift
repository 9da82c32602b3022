import Foundation

/// Rules for every text the catalog holds.
public enum CatalogText {
    /// NFC, so that each Vietnamese letter is one scalar and one terminal cell.
    public static func normalized(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
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
