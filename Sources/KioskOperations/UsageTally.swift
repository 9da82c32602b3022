import CaseTracking
import Foundation
import Logging
import ProcedureCatalog

/// Anonymous usage counts, logged as one summary every so often: how many searches found nothing and what was
/// typed (folded, without anything that could be a personal number), which procedures were read, how
/// look-ups ended. Nothing in it tells one citizen from another.
public struct UsageTally: Sendable {
    public private(set) var searchesWithoutResult: [String: Int] = [:]
    public private(set) var proceduresViewed: [String: Int] = [:]
    public private(set) var lookups: [String: Int] = [:]

    public init() {}

    public var isEmpty: Bool { searchesWithoutResult.isEmpty && proceduresViewed.isEmpty && lookups.isEmpty }

    public mutating func searchWithoutResult(_ query: String) {
        searchesWithoutResult[Self.anonymised(query), default: 0] += 1
    }

    public mutating func viewed(_ code: String) {
        proceduresViewed[code, default: 0] += 1
    }

    public mutating func lookup(_ outcome: LookupTally) {
        lookups[outcome.rawValue, default: 0] += 1
    }

    /// The folded query, or `<number>` when it could hold a personal number (anything `SearchPrivacy` would
    /// take out of it: a receipt number, a run of 4 or more digits that is not a procedure code).
    static func anonymised(_ query: String) -> String {
        let words = VietnameseFolding.words(query).joined(separator: " ")
        guard SearchPrivacy.kept(query) == String(words.prefix(SearchPrivacy.maximumLength)) else { return "<number>" }
        return String(words.prefix(60))
    }

    /// Logs the counts since the last summary, and starts over.
    public mutating func flush(to logger: Logger) {
        guard !isEmpty else { return }
        logger.info("usage", metadata: [
            "searches_without_result": .dictionary(searchesWithoutResult.mapValues { .stringConvertible($0) }),
            "procedures_viewed": .dictionary(proceduresViewed.mapValues { .stringConvertible($0) }),
            "lookups": .dictionary(lookups.mapValues { .stringConvertible($0) }),
        ])
        self = UsageTally()
    }
}
