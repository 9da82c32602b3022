import Foundation

/// Folds text for search: Vietnamese (and other Latin) diacritics removed, đ/Đ to d, lower case.
/// NFC and NFD input fold alike. No Unicode decomposition exists for đ, so Foundation's diacritic-insensitive
/// options miss it; this table does not.
public enum VietnameseFolding {
    /// Precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) mapped to their folded base letter,
    /// built once by decomposing each scalar.
    private static let latinTable: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
                guard let base = decomposed.unicodeScalars.first, base.isASCII else { continue }
                table[value] = base
            }
        }
        for value: UInt32 in [0x0110, 0x0111] { table[value] = "d" }  // Đ đ
        return table
    }()

    /// Combining diacritical marks are dropped: they are how NFD spells Vietnamese tones and vowel marks.
    @inline(__always)
    static func isCombiningMark(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value)
    }

    /// The folded form of one scalar, or nil when it folds to nothing (a combining mark).
    @inline(__always)
    static func fold(scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A {
                out.append(Unicode.Scalar(value + 0x20)!)
            } else {
                out.append(scalar)
            }
            return
        }
        if isCombiningMark(value) { return }
        if let base = latinTable[value] {
            out.append(base)
            return
        }
        out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
    }

    /// The folded form of a whole text.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            fold(scalar: scalar, into: &out)
        }
        return String(out)
    }

    /// Folded words: maximal runs of letters and digits. Everything else separates words.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isCombiningMark(scalar.value) { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                fold(scalar: scalar, into: &current)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
