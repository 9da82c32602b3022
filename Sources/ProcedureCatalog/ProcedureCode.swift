import Foundation

/// A procedure code in full form, e.g. `1.001193.000.00.00.H08`: the national part `1.001193` (one digit, a dot,
/// six digits) names the procedure nationwide; the suffix is the publishing authority's agency identifier.
public struct ProcedureCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The national part, e.g. `1.001193`.
    public let national: String
    /// The publishing authority, e.g. `000.00.00.H08`.
    public let authority: AgencyIdentifier

    public init?(_ text: String) {
        // Bytes, not Characters: every procedure's code is parsed at load.
        let bytes = Array(text.utf8).trimmingSpaces()
        guard bytes.count > 9, bytes[0].isASCIIDigit, bytes[1] == UInt8(ascii: "."),
              bytes[2 ..< 8].allSatisfy(\.isASCIIDigit), bytes[8] == UInt8(ascii: "."),
              let authority = AgencyIdentifier(String(decoding: bytes[9...], as: UTF8.self))
        else { return nil }
        national = String(decoding: bytes[0 ..< 8], as: UTF8.self)
        self.authority = authority
    }

    public var description: String { "\(national).\(authority)" }

    /// The order of the written codes, without writing them out (catalogs sort tens of thousands).
    public static func < (lhs: ProcedureCode, rhs: ProcedureCode) -> Bool {
        lhs.national != rhs.national
            ? lhs.national < rhs.national : lhs.authority.description < rhs.authority.description
    }
}

