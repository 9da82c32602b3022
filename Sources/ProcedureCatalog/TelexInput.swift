/// Reads a word typed with Telex habits on a keyboard without a Vietnamese input method, as the folded word it
/// stands for: `ddawng` is "đăng" (folded "dang"), `kys` is "ký" ("ky"), `dduwowngf` is "đường" ("duong").
public enum TelexInput {
    private static let toneKeys: Set<Character> = ["s", "f", "r", "x", "j", "z"]
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// The folded word a Telex-typed folded word stands for, or nil when it reads the same either way.
    public static func folded(_ word: String) -> String? {
        guard word.count >= 2, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var chars = Array(word)
        var changed = false
        // A tone key ends the syllable's letters (it may also follow a final consonant: "ddawngf").
        if let last = chars.last, toneKeys.contains(last), chars.dropLast().contains(where: vowels.contains) {
            chars.removeLast()
            changed = true
        }
        var out: [Character] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            let next = index + 1 < chars.count ? chars[index + 1] : nil
            if let next, (char == "d" && next == "d") || (char == next && "aeo".contains(char)) {
                out.append(char)  // dd→đ, aa→â, ee→ê, oo→ô: folded, the base letter
                index += 2
                changed = true
                continue
            }
            if char == "w" {
                // aw→ă, ow→ơ, uw→ư fold to the vowel already written; a lone w is ư.
                if let previous = out.last, "aou".contains(previous) {
                } else {
                    out.append("u")
                }
                index += 1
                changed = true
                continue
            }
            out.append(char)
            index += 1
        }
        guard changed else { return nil }
        var letters = Array(String(out).utf8)
        VietnameseFolding.unifyIY(&letters)  // "kys" is "ký", indexed as "ki"
        let result = String(decoding: letters, as: UTF8.self)
        return result == word || result.isEmpty ? nil : result
    }
}
