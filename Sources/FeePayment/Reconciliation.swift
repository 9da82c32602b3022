import CaseTracking

/// A statement's credits against the cases that owe fees: a credit whose description holds a receipt number and
/// whose amount is what that case owes is a payment sent (the case stays as the one-door system says: only the
/// agency confirms a fee paid); a partial or larger amount, a receipt number of no case owing anything, a
/// description with none: listed for the cashier.
public enum Reconciliation {
    public enum Outcome: Sendable, Equatable {
        case matched(ReceiptNumber, amount: Int)
        case partial(ReceiptNumber, paid: Int, due: Int)
        case over(ReceiptNumber, paid: Int, due: Int)
        /// A receipt number of a case that owes nothing now (paid already, or never asked to pay).
        case notDue(ReceiptNumber, paid: Int)
        case noReceipt
    }

    /// `due`: what the case with this receipt number owes now (nil: nothing, or no such case).
    public static func outcome(of credit: BankStatement.Credit, due: (ReceiptNumber) -> Int?) -> Outcome {
        guard let receipt = ReceiptNumber(parsing: credit.description) else { return .noReceipt }
        guard let owed = due(receipt), owed > 0 else { return .notDue(receipt, paid: credit.amount) }
        if credit.amount == owed { return .matched(receipt, amount: credit.amount) }
        return credit.amount < owed ? .partial(receipt, paid: credit.amount, due: owed) : .over(receipt, paid: credit.amount, due: owed)
    }
}
