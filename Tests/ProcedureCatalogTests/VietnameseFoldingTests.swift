import Foundation
import Testing
@testable import ProcedureCatalog

/// Every non-ASCII Vietnamese letter, lower case, with the ASCII letter it folds to (written out, not computed).
private let vietnameseLetters = Array("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
private let foldedLetters = Array("aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")

@Suite("Vietnamese folding")
struct VietnameseFoldingTests {
    @Test("the table holds all 134 non-ASCII Vietnamese letters (67 in each case)")
    func letterCount() {
        let upper = vietnameseLetters.map { Character($0.uppercased()) }
        #expect(vietnameseLetters.count == 67)
        #expect(foldedLetters.count == 67)
        #expect(Set(vietnameseLetters + upper).count == 134)
        #expect((vietnameseLetters + upper).allSatisfy { !$0.isASCII })
    }

    @Test("every letter folds to its base letter, lower and upper case, NFC and NFD")
    func everyLetter() {
        for (letter, base) in zip(vietnameseLetters, foldedLetters) {
            for form in [String(letter), String(letter).uppercased()] {
                let nfc = form.precomposedStringWithCanonicalMapping
                let nfd = form.decomposedStringWithCanonicalMapping
                #expect(VietnameseFolding.fold(nfc) == String(base), "NFC \(form)")
                #expect(VietnameseFolding.fold(nfd) == String(base), "NFD \(form)")
            }
        }
    }

    @Test("đ and Đ fold to d, which Unicode decomposition alone misses")
    func dStroke() {
        #expect(VietnameseFolding.fold("Đường đi") == "duong di")
        #expect("đ".decomposedStringWithCanonicalMapping != "d")
    }

    @Test("words split on punctuation and keep digits")
    func words() {
        #expect(VietnameseFolding.words("Nghị định 123/2015/NĐ-CP, Điều 4") == ["nghi", "dinh", "123", "2015", "nd", "cp", "dieu", "4"])
        #expect(VietnameseFolding.words("  ") == [])
    }

    @Test("a syllable whose only vowel is i or y folds to i; other y stay")
    func iAndY() {
        #expect(VietnameseFolding.words("Đăng ký, đăng kí") == ["dang", "ki", "dang", "ki"])
        #expect(VietnameseFolding.words("lý lịch, lí lịch, Mỹ, mĩ, quý, quí, HY") == ["li", "lich", "li", "lich", "mi", "mi", "qui", "qui", "hi"])
        #expect(VietnameseFolding.words("tay tai y tế nguy thủy thuỷ") == ["tay", "tai", "y", "te", "nguy", "thuy", "thuy"])
    }

    @Test("Telex typing reads as the letters it stands for")
    func telex() {
        #expect(TelexInput.folded("ddawng") == "dang")
        #expect(TelexInput.folded("kys") == "ki")
        #expect(TelexInput.folded("dduwowngf") == "duong")
        #expect(TelexInput.folded("tieengs") == "tieng")
        #expect(TelexInput.folded("khai") == nil)
    }
}
