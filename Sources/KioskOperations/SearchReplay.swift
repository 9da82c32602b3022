import CaseTracking
import ProcedureCatalog

/// Queries asked again of the current catalog (`kiosk search replay`): an operator's edit of search.yaml seen
/// before the kiosks reload. A query that found nothing succeeds when it finds something now; a query meant for
/// a procedure (a report's W → X, a file's `query<TAB>code`) when that procedure is in the first three.
public struct SearchReplay: Sendable, Encodable {
    public struct Asked: Sendable, Equatable {
        public var query: String
        /// The procedure it is meant to find (its code), if known.
        public var meant: String?
        /// How many it found when it was logged (nil: not from the log).
        public var foundThen: Int?

        public init(query: String, meant: String? = nil, foundThen: Int? = nil) {
            self.query = query
            self.meant = meant
            self.foundThen = foundThen
        }
    }

    public struct Line: Sendable, Encodable {
        public var query: String
        public var meant: String?
        public var foundThen: Int?
        public var findsNow: Int
        /// The first result now (its code).
        public var firstNow: String?
        /// Where the meant procedure is now, from 1 (nil: not in the first 20).
        public var rankNow: Int?
        public var succeeds: Bool
    }

    public var lines: [Line]
    public var succeeding: Int { lines.filter(\.succeeds).count }

    enum CodingKeys: String, CodingKey { case lines, succeeding }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lines, forKey: .lines)
        try container.encode(succeeding, forKey: .succeeding)
    }

    public init(_ asked: [Asked], catalog: Catalog, index: SearchIndex) {
        lines = asked.map { asked in
            let now = index.search(asked.query, limit: 20).map(\.procedure)
            let rank = asked.meant.flatMap(catalog.position(of:)).flatMap { now.firstIndex(of: $0) }.map { $0 + 1 }
            let succeeds = asked.meant == nil ? !now.isEmpty : (rank ?? .max) <= 3
            return Line(query: asked.query, meant: asked.meant, foundThen: asked.foundThen, findsNow: now.count,
                        firstNow: now.first.map { catalog.procedures[$0].code.description }, rankNow: rank,
                        succeeds: succeeds)
        }
    }

    /// What the log asks again: each query that found nothing, once, and each W → X (searched W, then opened X),
    /// most frequent first.
    public static func asked(from searches: [SearchRecord]) -> [Asked] {
        var seen: Set<String> = []
        var asked: [Asked] = []
        for search in searches where search.results == 0 && seen.insert(search.query).inserted {
            asked.append(Asked(query: search.query, foundThen: 0))
        }
        let pairs = SearchReport.pairs(searches).flatMap { query, opened in opened.map { (query, $0.key, $0.value) } }
        asked += pairs.sorted { ($0.2, $1.0, $1.1) > ($1.2, $0.0, $0.1) }.map { Asked(query: $0.0, meant: $0.1) }
        return asked
    }

    /// A file of queries, one a line, each optionally followed by a tab and the code it means; `#` comments.
    public static func asked(fromFile text: String) -> [Asked] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return Asked(query: parts[0], meant: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil)
        }
    }
}
