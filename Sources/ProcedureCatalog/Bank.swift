/// A bank that receives VietQR transfers (`Catalog/banks.yaml`): the BIN a payment code names, the short name
/// bank apps show, its Vietnamese name.
public struct Bank: Hashable, Sendable {
    /// Six digits, NAPAS's bank identification number ("970405").
    public var bin: String
    public var shortName: String
    public var name: String

    public init(bin: String, shortName: String, name: String) {
        self.bin = bin
        self.shortName = shortName
        self.name = name
    }

    public static func isValidBIN(_ text: String) -> Bool { text.count == 6 && text.allSatisfy { $0.isASCII && $0.isNumber } }
}

extension Catalog {
    public func bank(_ bin: String) -> Bank? { banks.first { $0.bin == bin } }
}
