/// An agency identifier (mã định danh): `[3 digits].[2 digits].[2 digits].[H + 2 digits]`, lowest level first,
/// e.g. `000.00.00.H08` for the province of Bình Dương itself.
public struct AgencyIdentifier: Hashable, Sendable, CustomStringConvertible {
    public let description: String

    /// Accepts exactly the canonical form; upper-cases the `h`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        let dot = UInt8(ascii: ".")
        guard bytes.count == 13, bytes[3] == dot, bytes[6] == dot, bytes[9] == dot,
              [0, 1, 2, 4, 5, 7, 8, 11, 12].allSatisfy({ bytes[$0].isASCIIDigit }),
              bytes[10] == UInt8(ascii: "H") || bytes[10] == UInt8(ascii: "h")
        else { return nil }
        var canonical = bytes
        canonical[10] = UInt8(ascii: "H")
        description = String(decoding: canonical, as: UTF8.self)
    }
}
