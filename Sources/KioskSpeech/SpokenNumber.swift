import ProcedureCatalog

/// Numbers as a listener hears them, in words: a synthesizer given digits guesses (a year, an amount, a phone
/// number all read alike), so the kiosk says them itself.
public enum SpokenNumber {
    static let viDigits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    static let enDigits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// One digit's word ("0" is "không" / "zero").
    public static func digit(_ value: Int, _ language: Language) -> String {
        (language == .vi ? viDigits : enDigits)[value]
    }

    /// A whole number in words: "hai trăm nghìn", "two hundred thousand".
    public static func cardinal(_ value: Int, _ language: Language) -> String {
        guard value >= 0 else {
            return (language == .vi ? "âm " : "minus ") + cardinal(value == Int.min ? Int.max : -value, language)
        }
        return language == .vi ? vietnamese(value) : english(value)
    }

    // MARK: Vietnamese

    /// Groups of three digits, each named by its scale; past "tỷ" the scales repeat ("nghìn tỷ").
    private static func vietnamese(_ value: Int) -> String {
        value == 0 ? "không" : viBelow(value, leading: true)
    }

    private static func viBelow(_ value: Int, leading: Bool) -> String {
        let billion = 1_000_000_000
        guard value >= billion else { return viBelowBillion(value, leading: leading) }
        let low = value % billion
        return viBelow(value / billion, leading: leading) + " tỷ" + (low > 0 ? " " + viBelowBillion(low, leading: false) : "")
    }

    /// Below a billion; `leading` when nothing was said before it (a later group says "không trăm").
    private static func viBelowBillion(_ value: Int, leading: Bool) -> String {
        var words: [String] = []
        var full = !leading
        for (group, scale) in [(value / 1_000_000, "triệu"), (value / 1000 % 1000, "nghìn"), (value % 1000, "")]
            where group > 0
        {
            words.append(viGroup(group, full: full))
            if !scale.isEmpty { words.append(scale) }
            full = true
        }
        return words.joined(separator: " ")
    }

    /// 1–999; `full` when a larger group came before (its hundreds are said even when zero: "không trăm").
    private static func viGroup(_ value: Int, full: Bool) -> String {
        let hundreds = value / 100, tens = value / 10 % 10, ones = value % 10
        var words: [String] = []
        if hundreds > 0 || full { words += [viDigits[hundreds], "trăm"] }
        switch tens {
        case 0:
            if ones > 0 {
                if !words.isEmpty { words.append("linh") }
                words.append(viDigits[ones])
            }
        case 1:
            words.append("mười")
            if ones > 0 { words.append(ones == 5 ? "lăm" : viDigits[ones]) }
        default:
            words += [viDigits[tens], "mươi"]
            switch ones {
            case 0: break
            case 1: words.append("mốt")
            case 4: words.append("tư")
            case 5: words.append("lăm")
            default: words.append(viDigits[ones])
            }
        }
        return words.joined(separator: " ")
    }

    // MARK: English

    private static let enTeens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                  "seventeen", "eighteen", "nineteen"]
    private static let enTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    private static func english(_ value: Int) -> String {
        if value == 0 { return "zero" }
        let scales = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"]
        var groups: [Int] = []
        var rest = value
        while rest > 0 {
            groups.append(rest % 1000)
            rest /= 1000
        }
        var words: [String] = []
        for index in stride(from: groups.count - 1, through: 0, by: -1) where groups[index] > 0 {
            words.append(enGroup(groups[index]))
            if !scales[index].isEmpty { words.append(scales[index]) }
        }
        return words.joined(separator: " ")
    }

    private static func enGroup(_ value: Int) -> String {
        let hundreds = value / 100, below = value % 100
        var words: [String] = []
        if hundreds > 0 { words += [enDigits[hundreds], "hundred"] }
        switch below {
        case 0: break
        case 1 ..< 10: words.append(enDigits[below])
        case 10 ..< 20: words.append(enTeens[below - 10])
        default: words.append(enTens[below / 10] + (below % 10 > 0 ? "-" + enDigits[below % 10] : ""))
        }
        return words.joined(separator: " ")
    }
}
