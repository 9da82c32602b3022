/// A bank transfer to the agency's account that named a case's receipt number, as the cashier's statement showed
/// it: the case screen sums them against what the case owes (the kiosk never claims a fee paid: only the agency,
/// through the one-door system, does).
public struct ReceivedTransfer: Hashable, Sendable, Codable {
    /// The bank's reference: a transfer is kept once however often its statement is imported.
    public var reference: String
    /// Whole đồng.
    public var amount: Int
    /// The day the bank credited it.
    public var credited: LocalDay

    public init(reference: String, amount: Int, credited: LocalDay) {
        self.reference = reference
        self.amount = amount
        self.credited = credited
    }
}
