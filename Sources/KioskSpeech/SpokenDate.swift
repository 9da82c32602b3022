import ProcedureCatalog

/// Dates and times as people say them: "ngày mười tháng mười hai năm hai nghìn không trăm hai mươi sáu",
/// "December tenth, two thousand twenty-six"; "mười bốn giờ năm phút", "two oh five p.m.".
enum SpokenDate {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                           "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                           "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
                           "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
                           "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]

    /// "10/12/2026" or "10/12" (day first, as Vietnamese write it on either screen).
    static func date(_ text: String, _ language: Language) -> String? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              let day = Int(parts[0]), let month = Int(parts[1]), (1 ... 31).contains(day), (1 ... 12).contains(month),
              parts[0].count <= 2, parts[1].count <= 2
        else { return nil }
        let year = parts.count == 3 ? Int(parts[2]) : nil
        if parts.count == 3, parts[2].count != 4 { return nil }
        if language == .vi {
            return "ngày \(SpokenNumber.cardinal(day, .vi)) tháng \(SpokenNumber.cardinal(month, .vi))"
                + (year.map { " năm " + SpokenNumber.cardinal($0, .vi) } ?? "")
        }
        return "\(months[month - 1]) \(ordinals[day - 1])" + (year.map { ", " + SpokenNumber.cardinal($0, .en) } ?? "")
    }

    /// "14:05".
    static func time(_ text: String, _ language: Language) -> String? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1 ... 2).contains(parts[0].count),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0 ..< 24).contains(hour), (0 ..< 60).contains(minute)
        else { return nil }
        if language == .vi {
            return SpokenNumber.cardinal(hour, .vi) + " giờ" + (minute > 0 ? " " + SpokenNumber.cardinal(minute, .vi) + " phút" : "")
        }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let minutes = minute == 0 ? "" : minute < 10 ? " oh " + SpokenNumber.cardinal(minute, .en) : " " + SpokenNumber.cardinal(minute, .en)
        return SpokenNumber.cardinal(twelve, .en) + minutes + (hour < 12 ? " a.m." : " p.m.")
    }
}
