import CaseTracking
import Foundation
import Logging
import ProcedureCatalog

/// Anonymous usage counts, logged as one summary every so often: how many searches found nothing and what was
/// typed (folded, without anything that looks like a receipt or ID number), which procedures were read, how
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

    /// The folded query, or `<number>` when it holds a receipt number or a long run of digits (an ID, a
    /// phone): those are personal, and say nothing about what the catalog lacks.
    static func anonymised(_ query: String) -> String {
        var longestRun = 0, run = 0
        for character in query {
            run = character.isNumber ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        if ReceiptNumber(parsing: query) != nil || longestRun >= 6 { return "<number>" }
        return String(VietnameseFolding.words(query).joined(separator: " ").prefix(60))
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
