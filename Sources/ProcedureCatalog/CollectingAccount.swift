/// The bank account an agency collects its fees in (`agencies.yaml`, `account`): shown to the citizen in plain
/// text beside the payment code, so they can check the holder's name their bank app shows before confirming.
public struct CollectingAccount: Hashable, Sendable {
    /// The bank's BIN (one of banks.yaml).
    public var bin: String
    /// 1 to 19 letters or digits, as VietQR carries it.
    public var number: String
    /// The holder's name as the bank registers it (bank apps show it in capitals without tone marks).
    public var holder: String

    public init(bin: String, number: String, holder: String) {
        self.bin = bin
        self.number = number
        self.holder = holder
    }

    public static func isValidNumber(_ text: String) -> Bool {
        (1 ... 19).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
