import Foundation
import ProcedureCatalog

/// A screen's text as the synthesizer is given it: every number already in words, said the way a listener
/// understands it. An amount is a number with its currency ("hai trăm nghìn đồng"); a code, a receipt number or
/// ID digits are spelled one character at a time with their separators; a date and a time as people say them;
/// the catalog's abbreviations in full. What comes out holds no digit (a last pass spells any left).
public enum SpokenText {
    /// `text` in words, in `language`'s way of saying numbers.
    public static func words(_ text: String, _ language: Language) -> String {
        let tokens = withoutFrame(text).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var spoken: [String] = []
        var index = 0
        while index < tokens.count {
            let (lead, core, trail) = peel(tokens[index])
            let previous = spoken.last?.lowercased() ?? ""
            if let amount = groupedNumber(core, language), index + 1 < tokens.count,
               let currency = currency(tokens[index + 1], language)
            {
                spoken.append(lead + SpokenNumber.cardinal(amount, language) + " " + currency)
                index += 2
                continue
            }
            spoken.append(lead + word(core, previous: previous, language) + trail)
            index += 1
        }
        return spellDigits(spoken.joined(separator: " "), language)
    }

    /// Each character on its own: digits as words, letters by name, separators said ("chấm", "gạch ngang").
    public static func spelled(_ code: String, _ language: Language) -> String {
        code.compactMap { character -> String? in
            if let value = character.wholeNumberValue, character.isASCII { return SpokenNumber.digit(value, language) }
            if character.isLetter { return SpokenLetter.name(character, language) }
            return separator(character, language)
        }.joined(separator: " ")
    }

    /// The text without what is drawn rather than read: box and block characters, bullets, arrows and faces become a pause or nothing, line breaks a pause; the synthesizer would otherwise name them
    /// ("black square").
    static func withoutFrame(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D: out += ". "
            case 0x2A: break  // the stars of a masked name ("Trịnh V** H**")
            case 0xB7, 0x2022, 0x2023, 0x25B8, 0x25BA, 0x2192, 0x2190, 0x2191, 0x2193: out += ", "
            case 0x2500 ... 0x25FF, 0x2700 ... 0x27BF, 0x1F300 ... 0x1FAFF, 0x2600 ... 0x26FF, 0x2B00 ... 0x2BFF: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: One token

    private static func word(_ core: String, previous: String, _ language: Language) -> String {
        guard core.contains(where: { $0.isASCII && $0.isNumber }) else {
            return SpokenAbbreviation.expanded(core, language) ?? core
        }
        if let date = SpokenDate.date(core, language) { return date }
        // A function key, as said on a keyboard: "ép mười", "F ten".
        if core.count >= 2, core.count <= 3, core.first == "F", let number = Int(core.dropFirst()), (1 ... 24).contains(number) {
            return SpokenLetter.name("F", language) + " " + SpokenNumber.cardinal(number, language)
        }
        if let time = SpokenDate.time(core, language) { return time }
        if core.hasSuffix("%"), let value = groupedNumber(String(core.dropLast()), language) {
            return SpokenNumber.cardinal(value, language) + (language == .vi ? " phần trăm" : " percent")
        }
        if let decimal = decimal(core, language) { return decimal }
        if let value = groupedNumber(core, language) {
            let plain = core.allSatisfy(\.isNumber)
            // A long run of digits is a phone or an ID number, said digit by digit; a year is a number.
            let isYear = ["năm", "year", "in", "of"].contains(previous)
            if plain && core.count >= 4 && !isYear { return spelled(core, language) }
            return SpokenNumber.cardinal(value, language)
        }
        return spelled(core, language)
    }

    /// A whole number as written: plain ("15") or grouped by thousands ("200.000" in Vietnamese, "200,000" in
    /// English); nil for anything else.
    static func groupedNumber(_ text: String, _ language: Language) -> Int? {
        let separator: Character = language == .vi ? "." : ","
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, first.count <= (groups.count > 1 ? 3 : 18),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Int(groups.joined())
    }

    /// "1,5" (Vietnamese) or "1.5" (English): "một phẩy năm", "one point five".
    private static func decimal(_ text: String, _ language: Language) -> String? {
        let mark: Character = language == .vi ? "," : "."
        let parts = text.split(separator: mark, omittingEmptySubsequences: false)
        guard parts.count == 2, let whole = Int(parts[0]), !parts[1].isEmpty,
              parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), parts[0].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        let fraction = parts[1].compactMap(\.wholeNumberValue).map { SpokenNumber.digit($0, language) }
        return SpokenNumber.cardinal(whole, language) + (language == .vi ? " phẩy " : " point ")
            + fraction.joined(separator: " ")
    }

    /// The currency after an amount ("đ", "đồng", "VND", "đ/cuốn"), as said: "đồng", "đồng mỗi cuốn".
    private static func currency(_ token: String, _ language: Language) -> String? {
        let (_, core, trail) = peel(token)
        let parts = core.split(separator: "/", maxSplits: 1).map(String.init)
        guard let unit = parts.first, ["đ", "đồng", "vnd", "vnđ", "dong"].contains(unit.lowercased()) else { return nil }
        let name = language == .vi ? "đồng" : "dong"
        guard parts.count == 2 else { return name + trail }
        return name + (language == .vi ? " mỗi " : " per ") + parts[1] + trail
    }

    // MARK: Pieces

    /// Brackets and punctuation around a token, kept as they are: "(15" is "(" and "15".
    private static func peel(_ token: String) -> (lead: String, core: String, trail: String) {
        var core = Substring(token)
        var lead = ""
        while let first = core.first, "([\"“".contains(first) {
            lead.append(first)
            core = core.dropFirst()
        }
        var trail = ""
        // A sentence's full stop too: no number, code or date written on a screen ends with one.
        while let last = core.last, core.count > 1, ",;:)]!?\"”….".contains(last) {
            trail = String(last) + trail
            core = core.dropLast()
        }
        return (lead, String(core), trail)
    }

    private static func separator(_ character: Character, _ language: Language) -> String? {
        let vi = language == .vi
        switch character {
        case ".": return vi ? "chấm" : "dot"
        case "-", "–": return vi ? "gạch ngang" : "dash"
        case "/": return vi ? "gạch chéo" : "slash"
        case ":": return vi ? "hai chấm" : "colon"
        case "+": return vi ? "cộng" : "plus"
        case "#": return vi ? "thăng" : "hash"
        case "_": return vi ? "gạch dưới" : "underscore"
        case ",": return vi ? "phẩy" : "comma"
        default: return nil
        }
    }

    /// Any digit still there, as a word: nothing the synthesizer gets contains one.
    private static func spellDigits(_ text: String, _ language: Language) -> String {
        guard text.contains(where: { $0.isNumber }) else { return text }
        var out = ""
        for character in text {
            if character.isNumber, let value = character.wholeNumberValue, value < 10 {
                if out.last.map({ !$0.isWhitespace }) ?? false { out.append(" ") }
                out += SpokenNumber.digit(value, language) + " "
            } else if character.isNumber {
                continue
            } else {
                out.append(character)
            }
        }
        return out.split(separator: " ").joined(separator: " ")
    }
}

extension SpokenText {
    /// A queue number as it is called in a hall: its letters by name, then the number ("A15": "a mười lăm").
    public static func ticket(prefix: String, sequence: Int, _ language: Language) -> String {
        (prefix.map { SpokenLetter.name($0, language) } + [SpokenNumber.cardinal(sequence, language)]).joined(separator: " ")
    }
}
