/// An agency identifier (mã định danh): `[3 digits].[2 digits].[2 digits].[H + 2 digits]`, lowest level first,
/// e.g. `000.00.00.H08` for the province of Bình Dương itself.
public struct AgencyIdentifier: Hashable, Sendable, CustomStringConvertible {
    public let description: String

    /// Accepts exactly the canonical form; upper-cases the `h`.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4,
              parts[0].count == 3, parts[0].allSatisfy(\.isASCIIDigit),
              parts[1].count == 2, parts[1].allSatisfy(\.isASCIIDigit),
              parts[2].count == 2, parts[2].allSatisfy(\.isASCIIDigit),
              parts[3].count == 3, parts[3].first == "H" || parts[3].first == "h",
              parts[3].dropFirst().allSatisfy(\.isASCIIDigit)
        else { return nil }
        description = "\(parts[0]).\(parts[1]).\(parts[2]).H\(parts[3].dropFirst())"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
