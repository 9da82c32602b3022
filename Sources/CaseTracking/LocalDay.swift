import Foundation

/// A calendar day at the center, without time zone: appointment dates are days, not instants.
public struct LocalDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.length(year, month), (1900...2200).contains(year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2026-11-27`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `date` falls on in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        year = c.year ?? 2000
        month = c.month ?? 1
        day = c.day ?? 1
    }

    public var description: String { "\(year)-\(Self.two(month))-\(Self.two(day))" }

    /// `261127`, as a receipt number writes the day received.
    public var yymmdd: String { Self.two(year % 100) + Self.two(month) + Self.two(day) }

    /// `27/11/2026`, as Vietnamese and the slip write dates.
    public var slashed: String { "\(Self.two(day))/\(Self.two(month))/\(year)" }

    /// Days since 1970-01-01, for counting.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> LocalDay { LocalDay(ordinal: ordinal + days) }

    /// 0 Sunday … 6 Saturday.
    public var weekday: Int { ((ordinal % 7) + 11) % 7 }

    public static func < (a: LocalDay, b: LocalDay) -> Bool { a.ordinal < b.ordinal }

    static func length(_ year: Int, _ month: Int) -> Int {
        guard (1...12).contains(month) else { return 0 }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// A moment at the center, to the minute: `2026-11-27 08:15`.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let day: LocalDay
    public let minutes: Int

    public init(day: LocalDay, hour: Int, minute: Int) {
        self.day = day
        minutes = hour * 60 + minute
    }

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let day = LocalDay(parts[0]) else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count == 2, clock[0].count == 2, clock[1].count == 2, let h = Int(clock[0]), let m = Int(clock[1]),
              (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        self.init(day: day, hour: h, minute: m)
    }

    public var description: String { "\(day) \(LocalDay.two(minutes / 60)):\(LocalDay.two(minutes % 60))" }

    /// `08:15 27/11/2026`.
    public var display: String { "\(LocalDay.two(minutes / 60)):\(LocalDay.two(minutes % 60)) \(day.slashed)" }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { (a.day, a.minutes) < (b.day, b.minutes) }
}

extension LocalDay {
    /// The instant this day begins in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }
}

/// As JSON a day is its text, `2026-12-05`, as the databases keep it.
extension LocalDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = LocalDay(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a day: \(text)")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
