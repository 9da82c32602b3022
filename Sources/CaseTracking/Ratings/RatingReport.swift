import Foundation
import ProcedureCatalog

/// Ratings turned into decisions: per agency, field, procedure, counter or month, how many ratings, the share
/// satisfied, the mean of each indicator, what went wrong most, and the change against the period before;
/// lowest satisfaction first, groups too small to judge set apart.
public struct RatingReport: Equatable, Sendable {
    public enum Grouping: String, CaseIterable, Sendable {
        case agency, field, procedure, counter, officer, month
    }

    public struct Group: Equatable, Sendable {
        public var key: String
        public var name: String
        public var count: Int
        /// Rất hài lòng + Hài lòng among the answers to the overall (or quick) question, 0–100; nil if none.
        public var satisfied: Double?
        /// The same in the period before, of the same length.
        public var previous: Double?
        public var means: [Indicator: Double]
        public var topComplaint: Complaint?
        /// Fewer ratings than the minimum: shown, not ranked.
        public var tooFew: Bool

        public var change: Double? { satisfied.flatMap { now in previous.map { now - $0 } } }
    }

    public let grouping: Grouping
    public let start: Date
    public let end: Date
    public let goal: Double
    public let minimum: Int
    public let total: Int
    /// The whole center's share satisfied, 0–100.
    public let satisfied: Double?
    public let groups: [Group]
    /// Whether demo ratings (`kiosk ratings seed-demo`) are among them.
    public let includesDemo: Bool

    public init(ratings: [Rating], previous: [Rating], grouping: Grouping, start: Date, end: Date, goal: Double,
                minimum: Int, catalog: Catalog, timeZone: TimeZone, language: Language) {
        self.grouping = grouping
        self.start = start
        self.end = end
        self.goal = goal
        self.minimum = minimum
        total = ratings.count
        satisfied = Self.share(ratings)
        includesDemo = ratings.contains(where: \.demo)
        func key(_ rating: Rating) -> String? {
            switch grouping {
            case .agency: rating.agency
            case .field: rating.field ?? rating.procedureCode.flatMap { ProcedureCode($0).flatMap(catalog.procedure)?.field }
            case .procedure: rating.procedureCode
            case .counter: rating.counter
            // Rated at a counter: the officer who served (staff number).
            case .officer: rating.officer
            case .month: Self.month(rating.time, timeZone)
            }
        }
        let grouped = Dictionary(grouping: ratings, by: { key($0) ?? "" })
        // A month is compared with the month before it; any other group with itself in the period before.
        let before = grouping == .month
            ? Dictionary(grouping: previous + ratings, by: { Self.month($0.time, timeZone, monthsLater: 1) })
            : Dictionary(grouping: previous, by: { key($0) ?? "" })
        let groups = grouped.map { key, members in
            Group(key: key, name: Self.name(key, grouping, catalog, language), count: members.count,
                  satisfied: Self.share(members), previous: before[key].flatMap(Self.share),
                  means: Self.means(members), topComplaint: Self.topComplaint(members), tooFew: members.count < minimum)
        }
        self.groups = groups.sorted { a, b in
            if a.tooFew != b.tooFew { return !a.tooFew }
            if a.tooFew { return a.name < b.name }
            if a.satisfied != b.satisfied { return (a.satisfied ?? 101) < (b.satisfied ?? 101) }
            return a.name < b.name
        }
    }

    static func share(_ ratings: [Rating]) -> Double? {
        let answered = ratings.compactMap(\.satisfaction)
        guard !answered.isEmpty else { return nil }
        return Double(answered.filter(\.isSatisfied).count) * 100 / Double(answered.count)
    }

    static func means(_ ratings: [Rating]) -> [Indicator: Double] {
        var sums: [Indicator: (Int, Int)] = [:]
        for rating in ratings {
            for (indicator, score) in rating.answers {
                let (sum, count) = sums[indicator] ?? (0, 0)
                sums[indicator] = (sum + score, count + 1)
            }
        }
        return sums.mapValues { Double($0.0) / Double($0.1) }
    }

    /// The most chosen complaint; ties go to the one listed first.
    static func topComplaint(_ ratings: [Rating]) -> Complaint? {
        let counts = Dictionary(grouping: ratings.flatMap(\.complaints), by: { $0 }).mapValues(\.count)
        return Complaint.allCases.filter { counts[$0] != nil }.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }

    /// `2026-11`: the month of `date`, or the one `monthsLater` after it.
    static func month(_ date: Date, _ timeZone: TimeZone, monthsLater: Int = 0) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month], from: date)
        let index = (parts.year ?? 0) * 12 + (parts.month ?? 1) - 1 + monthsLater
        return String(format: "%04d-%02d", index / 12, index % 12 + 1)
    }

    static func name(_ key: String, _ grouping: Grouping, _ catalog: Catalog, _ language: Language) -> String {
        guard !key.isEmpty else { return language == .vi ? "(không rõ)" : "(not given)" }
        switch grouping {
        case .agency: return catalog.agency(key)?.name[language] ?? key
        case .field: return catalog.field(key)?.name[language] ?? key
        case .procedure: return ProcedureCode(key).flatMap(catalog.procedure)?.name[language] ?? key
        case .counter, .officer, .month: return key
        }
    }
}
