import Foundation
import ProcedureCatalog

/// Every character the kiosk may draw on the Linux console (for `kiosk doctor`'s check of the loaded font):
/// printable ASCII, the 134 Vietnamese letters, the console's symbols, and every character of the catalog's
/// names and procedure sheets in both languages.
public enum ConsoleText {
    /// The symbols the screens draw on the console besides letters: boxes, arrows, bullets, the console glyphs.
    static let symbols = "─│┌┐└┘▲▼●■•…“”‘’–·→←↑↓≥×%" + Glyphs.console.home + Glyphs.console.search + Glyphs.console.erase

    public static func characters(_ catalog: Catalog) -> Set<Unicode.Scalar> {
        var scalars = Set((0x20 ... 0x7E).compactMap(Unicode.Scalar.init))
        scalars.formUnion(vietnameseLetters)
        scalars.formUnion(symbols.unicodeScalars)
        for language in Language.allCases {
            for procedure in catalog.procedures {
                for line in TextDocument(procedure: procedure, catalog: catalog, language: language, width: 200).lines {
                    scalars.formUnion(line.text.unicodeScalars)
                }
            }
            for name in catalog.fields.map(\.name) + catalog.agencies.map(\.name) + catalog.levels.map(\.name) {
                scalars.formUnion(name[language].unicodeScalars)
            }
        }
        return scalars.filter { $0.value >= 0x20 }
    }

    /// The 134 letters of Vietnamese beyond ASCII: 12 vowels with 6 tones, and đ, in both cases (NFC).
    static let vietnameseLetters: Set<Unicode.Scalar> = {
        let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        var letters = Set<Unicode.Scalar>()
        for vowel in vowels {
            for tone in tones {
                let lower = (vowel + tone).precomposedStringWithCanonicalMapping
                for form in [lower, lower.uppercased()] where form.unicodeScalars.count == 1 {
                    letters.formUnion(form.unicodeScalars)
                }
            }
        }
        letters.formUnion("đĐ".unicodeScalars)
        return letters.filter { $0.value > 0x7E }
    }()
}
