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
}
