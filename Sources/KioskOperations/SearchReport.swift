import CaseTracking
import Foundation
import ProcedureCatalog

/// What the search log says to the operators who keep `search.yaml`: the searches that found nothing, those that
/// found something nobody opened, and those after which the citizen searched again and opened something — a
/// query ending in procedure X after first trying words W is evidence that W means X: a synonym to consider.
/// Each with how often; per week, the queries that succeeded least first. Made from the kept searches and the
/// current catalog (what the kiosk finds now for each is said beside it).
public struct SearchReport: Sendable, Encodable {
    public struct Totals: Sendable, Encodable {
        public var searches = 0
        public var opened = 0
        public var foundNothing = 0
        public var notOpened = 0

        /// `part` of the searches, in whole percent (0 when there were none).
        public func percent(_ part: Int) -> Int { searches == 0 ? 0 : 100 * part / searches }
    }

    /// A query and how often it was typed.
    public struct Query: Sendable, Encodable {
        public var query: String
        public var count: Int
        /// How many procedures the kiosk finds for it now (with the current catalog).
        public var findsNow: Int
    }

    /// W → X: after searching `query`, citizens searched again and opened `code`.
    public struct Suggestion: Sendable, Encodable {
        public var query: String
        public var code: String
        public var name: String
        public var count: Int
        /// Where the kiosk places the procedure for `query` now (nil: not in its first 20): from 4 on, worth a synonym.
        public var rankNow: Int?
    }

    /// One week (from Monday): its searches, and its queries lowest success first.
    public struct Week: Sendable, Encodable {
        public var week: String
        public var totals: Totals
        public var queries: [WeekQuery]
    }

    public struct WeekQuery: Sendable, Encodable {
        public var query: String
        public var count: Int
        /// The share of its searches after which a procedure was opened, in percent.
        public var success: Int
    }

    public var from: String
    public var to: String
    public var totals: Totals
    public var foundNothing: [Query]
    public var notOpened: [Query]
    public var suggestions: [Suggestion]
    public var weeks: [Week]

    /// How many of each list are kept.
    public static let listLength = 20

    public init(_ searches: [SearchRecord], catalog: Catalog, index: SearchIndex, from: LocalDay, to: LocalDay,
                timeZone: TimeZone) {
        self.from = from.description
        self.to = to.description
        totals = Self.totals(searches)
        func findsNow(_ query: String) -> Int { index.search(query, limit: 20).count }
        foundNothing = Self.counted(searches.filter { $0.results == 0 }).prefix(Self.listLength)
            .map { Query(query: $0.query, count: $0.count, findsNow: findsNow($0.query)) }
        notOpened = Self.counted(searches.filter { $0.results > 0 && !$0.openedSomething }).prefix(Self.listLength)
            .map { Query(query: $0.query, count: $0.count, findsNow: findsNow($0.query)) }
        suggestions = Self.suggestions(searches, catalog: catalog, index: index)
        weeks = Self.weeks(searches, timeZone: timeZone)
    }

    static func totals(_ searches: [SearchRecord]) -> Totals {
        var totals = Totals()
        for search in searches {
            totals.searches += 1
            if search.openedSomething { totals.opened += 1 }
            else if search.results == 0 { totals.foundNothing += 1 }
            else { totals.notOpened += 1 }
        }
        return totals
    }

    /// Queries by how often they were typed, most first (then alphabetically, so the report is the same each run).
    static func counted(_ searches: [SearchRecord]) -> [(query: String, count: Int)] {
        Dictionary(grouping: searches, by: \.query).map { ($0.key, $0.value.count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    /// W → X pairs, most frequent first; those the kiosk already places in its first three for W are left out.
    static func suggestions(_ searches: [SearchRecord], catalog: Catalog, index: SearchIndex) -> [Suggestion] {
        let pairs = Self.pairs(searches)
        var found: [Suggestion] = []
        for (query, opened) in pairs {
            let now = index.search(query, limit: 20).map(\.procedure)
            for (code, count) in opened {
                guard let position = catalog.position(of: code) else { continue }
                let rank = now.firstIndex(of: position).map { $0 + 1 }
                if let rank, rank <= 3 { continue }
                found.append(Suggestion(query: query, code: code, name: catalog.procedures[position].name.vi,
                                        count: count, rankNow: rank))
            }
        }
        return Array(found.sorted { ($0.count, $1.query, $1.code) > ($1.count, $0.query, $0.code) }.prefix(listLength))
    }

    /// Every W → X of the log: the query searched just before, the procedure then opened, how often.
    public static func pairs(_ searches: [SearchRecord]) -> [String: [String: Int]] {
        var pairs: [String: [String: Int]] = [:]
        for search in searches {
            guard let opened = search.opened, let previous = search.previous, previous != search.query else { continue }
            pairs[previous, default: [:]][opened, default: 0] += 1
        }
        return pairs
    }

    static func weeks(_ searches: [SearchRecord], timeZone: TimeZone) -> [Week] {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        let byWeek = Dictionary(grouping: searches) { search -> String in
            let start = calendar.dateInterval(of: .weekOfYear, for: search.time)?.start ?? search.time
            return LocalDay(start, in: timeZone).description
        }
        return byWeek.keys.sorted().map { week in
            let these = byWeek[week] ?? []
            let queries = Dictionary(grouping: these, by: \.query).map { query, all in
                WeekQuery(query: query, count: all.count, success: 100 * all.filter(\.openedSomething).count / all.count)
            }.sorted { ($0.success, -$0.count, $0.query) < ($1.success, -$1.count, $1.query) }
            return Week(week: week, totals: totals(these), queries: Array(queries.prefix(listLength)))
        }
    }
}
