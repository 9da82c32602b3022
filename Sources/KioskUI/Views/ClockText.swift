import Foundation
import ProcedureCatalog

/// The date and time in the header, as people write them in each language.
enum ClockText {
    private static let weekdaysVI = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    private static let weekdaysEN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let monthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Thứ Sáu, 27/11/2026  22:33" or, short, "27/11 22:33"; English "Friday, 27 Nov 2026  22:33".
    static func text(_ date: Date, _ timeZone: TimeZone, _ language: Language, short: Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
        let (year, month, day) = (c.year ?? 0, c.month ?? 1, c.day ?? 1)
        let time = two(c.hour ?? 0) + ":" + two(c.minute ?? 0)
        let weekday = (c.weekday ?? 1) - 1
        switch (language, short) {
        case (.vi, true): return "\(two(day))/\(two(month)) \(time)"
        case (.en, true): return "\(day) \(monthsEN[month - 1]) \(time)"
        case (.vi, false): return "\(weekdaysVI[weekday]), \(two(day))/\(two(month))/\(year)  \(time)"
        case (.en, false): return "\(weekdaysEN[weekday]), \(day) \(monthsEN[month - 1]) \(year)  \(time)"
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
