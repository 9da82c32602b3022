import Foundation

/// Folds text for search: Vietnamese (and other Latin) diacritics removed, đ/Đ to d, lower case.
/// NFC and NFD input fold alike. No Unicode decomposition exists for đ, so Foundation's diacritic-insensitive
/// options miss it; this table does not.
public enum VietnameseFolding {
    /// Precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) mapped to their folded ASCII base letter
    /// (0: none), built once by decomposing each scalar. Arrays, because folding runs on every word of a
    /// national catalog at start and on every keystroke.
    private static let latinTable: [UInt8] = table(0x00C0...0x024F)
    private static let extendedTable: [UInt8] = table(0x1E00...0x1EFF)

    private static func table(_ range: ClosedRange<UInt32>) -> [UInt8] {
        range.map { value in
            if value == 0x0110 || value == 0x0111 { return UInt8(ascii: "d") }  // Đ đ
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
            guard let base = decomposed.unicodeScalars.first, base.isASCII else { return 0 }
            return UInt8(base.value)
        }
    }

    /// The ASCII letter a precomposed Latin letter folds to, or nil.
    @inline(__always)
    static func latinBase(_ value: UInt32) -> UInt8? {
        let base: UInt8
        switch value {
        case 0x00C0...0x024F: base = latinTable[Int(value - 0x00C0)]
        case 0x1E00...0x1EFF: base = extendedTable[Int(value - 0x1E00)]
        default: return nil
        }
        return base == 0 ? nil : base
    }

    /// Combining diacritical marks are dropped: they are how NFD spells Vietnamese tones and vowel marks.
    @inline(__always)
    static func isCombiningMark(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value)
    }

    /// Appends the folded form of one scalar (nothing for a combining mark) as UTF-8.
    @inline(__always)
    static func fold(scalar: Unicode.Scalar, into out: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            out.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
            return
        }
        if isCombiningMark(value) { return }
        if let base = latinBase(value) {
            out.append(base)
            return
        }
        out.append(contentsOf: String(scalar).lowercased().utf8)
    }

    /// The folded form of a whole text.
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            fold(scalar: scalar, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folded words: maximal runs of letters and digits. Everything else separates words.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with the UTF-8 of each folded word, in order, without making strings (the index builder
    /// folds every word of every procedure).
    public static func forEachWord(_ text: String, _ body: ([UInt8]) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(24)
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                fold(scalar: scalar, into: &current)
            } else if !isCombiningMark(scalar.value) && !current.isEmpty {
                unifyIY(&current)
                body(current)
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty {
            unifyIY(&current)
            body(current)
        }
    }

    /// Vietnamese writes a syllable whose only vowel is i or y either way: "kí"/"ký", "lí"/"lý", "mĩ"/"mỹ",
    /// "quí"/"quý" (spelling reforms never settled it). Such a folded word is indexed and searched with i, so
    /// "dang ki" finds "đăng ký". Only that shape changes: "tay" (hand) and "tai" (ear) stay apart, and "y" alone
    /// (y tế) stays y.
    public static func unifyIY(_ word: inout [UInt8]) {
        if isIYSyllable(word, endingIn: UInt8(ascii: "y")) { word[word.count - 1] = UInt8(ascii: "i") }
    }

    /// The y spelling of a word `unifyIY` would have changed ("qui" → "quy"), or nil. While a citizen types
    /// "quyền", "quy" must still find what "quy…" starts: the query word is matched in both spellings.
    public static func ySpelling(of word: [UInt8]) -> [UInt8]? {
        guard isIYSyllable(word, endingIn: UInt8(ascii: "i")) else { return nil }
        return word.dropLast() + [UInt8(ascii: "y")]
    }

    /// Consonants (or "qu") then `vowel`, the syllable's only vowel.
    private static func isIYSyllable(_ word: [UInt8], endingIn vowel: UInt8) -> Bool {
        guard word.count >= 2, word[word.count - 1] == vowel else { return false }
        let stem = word[..<(word.count - 1)]
        return stem.allSatisfy(isConsonant) || stem.elementsEqual("qu".utf8)
    }

    private static func isConsonant(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
             UInt8(ascii: "y"): false
        case UInt8(ascii: "b") ... UInt8(ascii: "z"): true
        default: false
        }
    }

    /// Letters and digits; ASCII and precomposed Latin letters are decided without Unicode property look-ups.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default:
            if latinBase(value) != nil { return true }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}
