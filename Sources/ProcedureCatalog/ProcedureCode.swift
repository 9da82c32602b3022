import Foundation

/// A procedure code in full form, e.g. `1.001193.000.00.00.H08`: the national part `1.001193` (one digit, a dot,
/// six digits) names the procedure nationwide; the suffix is the publishing authority's agency identifier. An
/// entry of the national list (information only) has the national part alone, as the portal publishes it.
public struct ProcedureCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The national part, e.g. `1.001193`.
    public let national: String
    /// The publishing authority, e.g. `000.00.00.H08`; nil for a national code alone.
    public let authority: AgencyIdentifier?

    public init?(_ text: String) {
        // Bytes, not Characters: every procedure's code is parsed at load.
        let bytes = Array(text.utf8).trimmingSpaces()
        guard bytes.count >= 8, bytes[0].isASCIIDigit, bytes[1] == UInt8(ascii: "."),
              bytes[2 ..< 8].allSatisfy(\.isASCIIDigit)
        else { return nil }
        national = String(decoding: bytes[0 ..< 8], as: UTF8.self)
        if bytes.count == 8 {
            authority = nil
            return
        }
        guard bytes.count > 9, bytes[8] == UInt8(ascii: "."),
              let authority = AgencyIdentifier(String(decoding: bytes[9...], as: UTF8.self))
        else { return nil }
        self.authority = authority
    }

    init(national: String, authority: AgencyIdentifier?) {
        self.national = national
        self.authority = authority
    }

    public var description: String { authority.map { "\(national).\($0)" } ?? national }

    /// The order of the written codes, without writing them out (catalogs sort tens of thousands).
    public static func < (lhs: ProcedureCode, rhs: ProcedureCode) -> Bool {
        guard lhs.national == rhs.national else { return lhs.national < rhs.national }
        return (lhs.authority?.description ?? "") < (rhs.authority?.description ?? "")
    }
}

