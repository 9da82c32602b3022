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

    /// The folded query, or `<number>` when it could hold a personal number: a receipt number, or a run of 4 or
    /// more digits once spaces, dots, dashes and slashes are taken out (a phone written "0901 234 567", ID
    /// digits, a staff PIN typed into search). Procedure codes, whole or being typed, are the one exception:
    /// they name a procedure, nobody's number.
    static func anonymised(_ query: String) -> String {
        if ReceiptNumber(parsing: query) != nil || holdsPersonalNumber(query) { return "<number>" }
        return String(VietnameseFolding.words(query).joined(separator: " ").prefix(60))
    }

    static func holdsPersonalNumber(_ query: String) -> Bool {
        let rest = query.split(whereSeparator: \.isWhitespace).filter { !isProcedureCode($0) }
        var run = 0
        for character in rest.joined(separator: " ") {
            if character.isNumber {
                run += 1
                if run >= 4 { return true }
            } else if !Self.separators.contains(character) {
                run = 0
            }
        }
        return false
    }

    /// What people put between the groups of a number they read out.
    private static let separators: Set<Character> = [" ", ".", "-", "/", "_", ",", "(", ")", "+"]

    /// `1.001193.000.00.00.H08`, `1.001193`, or the start of one (`1.0011`).
    private static func isProcedureCode(_ token: Substring) -> Bool {
        if ProcedureCode(String(token)) != nil { return true }
        let bytes = Array(token.utf8)
        return bytes.count >= 2 && bytes.count <= 8 && bytes[0] >= 0x30 && bytes[0] <= 0x39 && bytes[1] == 0x2E
            && bytes[2...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
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
