import Foundation

/// A procedure code in full form, e.g. `1.001193.000.00.00.H08`: the national part `1.001193` (one digit, a dot,
/// six digits) names the procedure nationwide; the suffix is the publishing authority's agency identifier.
public struct ProcedureCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The national part, e.g. `1.001193`.
    public let national: String
    /// The publishing authority, e.g. `000.00.00.H08`.
    public let authority: AgencyIdentifier

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3,
              parts[0].count == 1, parts[0].allSatisfy(\.isASCIIDigit),
              parts[1].count == 6, parts[1].allSatisfy(\.isASCIIDigit),
              let authority = AgencyIdentifier(String(parts[2]))
        else { return nil }
        national = "\(parts[0]).\(parts[1])"
        self.authority = authority
    }

    public var description: String { "\(national).\(authority)" }

    public static func < (lhs: ProcedureCode, rhs: ProcedureCode) -> Bool {
        lhs.description < rhs.description
    }
}

