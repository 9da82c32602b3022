/// A fee or charge (phí, lệ phí) collected for a procedure through one channel.
public struct Fee: Hashable, Sendable, Encodable {
    /// Whole đồng; 0 for a charge that is waived on this channel but worth stating; nil when the amount varies
    /// (set case by case or by the provincial council's schedule; the purpose says how).
    public var amount: Int?
    /// What the fee is for, e.g. "Lệ phí đăng ký".
    public var purpose: LocalizedText
    /// The unit it is charged per, e.g. "trang" / "page"; nil when charged once.
    public var per: LocalizedText?
    /// Who is exempt or pays less.
    public var exemptions: LocalizedText?

    public init(amount: Int?, purpose: LocalizedText, per: LocalizedText? = nil, exemptions: LocalizedText? = nil) {
        self.amount = amount
        self.purpose = purpose
        self.per = per
        self.exemptions = exemptions
    }

    /// Whole đồng as operators and the national records write them: `100000`, or grouped by thousands
    /// `100.000`, `100,000`, `100_000`, `100 000`.
    public static func dong(_ text: String) -> Int? {
        if text.allSatisfy(\.isASCIIDigit) { return text.count <= 15 ? Int(text) : nil }
        let groups = text.split(omittingEmptySubsequences: false) { ".,_ ".contains($0) }
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) && !$0.isEmpty }),
              groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return Int(groups.joined())
    }
}
