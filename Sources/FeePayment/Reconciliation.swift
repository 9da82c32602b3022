import Foundation
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
        let paid = credit.amount
        let (kind, owed) = judge(paid: paid, receipt: receipt, owed: due(receipt))
        switch kind {
        case .matched: return .matched(receipt, amount: paid)
        case .partial: return .partial(receipt, paid: paid, due: owed ?? 0)
        case .over: return .over(receipt, paid: paid, due: owed ?? 0)
        case .notDue, .noReceipt: return .notDue(receipt, paid: paid)
        }
    }

    /// The one rule: what a credit of `paid` naming `receipt` is, given what that case still owes (nil or 0:
    /// nothing); with what it owed when it did.
    static func judge(paid: Int, receipt: ReceiptNumber?, owed: Int?) -> (kind: PaymentNotice.Kind, due: Int?) {
        guard receipt != nil else { return (.noReceipt, nil) }
        guard let owed, owed > 0 else { return (.notDue, nil) }
        if paid == owed { return (.matched, owed) }
        return (paid < owed ? .partial : .over, owed)
    }
}

extension Reconciliation {
    /// A statement's credit on its way to the ledger, the receipt number found in its description.
    public static func incoming(_ credit: BankStatement.Credit, in timeZone: TimeZone) -> IncomingTransfer {
        IncomingTransfer(line: credit.line, reference: credit.reference, amount: credit.amount,
                         credited: LocalDay(credit.date, in: timeZone), receipt: ReceiptNumber(parsing: credit.description))
    }

    /// What owing means for a credit: the case's total while it waits for payment, less the transfers kept for it
    /// already (a second payment of the same fee is not a match); nil when the case owes nothing now.
    public static func stillDue(_ record: CaseRecord) -> Int? {
        guard record.status == .paymentNeeded, !record.amountsDue.isEmpty else { return nil }
        let total = record.amountsDue.reduce(0) { $0 + $1.amount }
        let left = total - record.transfers.reduce(0) { $0 + $1.amount }
        return left > 0 ? left : nil
    }

    /// The notice kept for `transfer`, given its case as stored (`PaymentLedger.keep`'s decision).
    public static func notice(_ transfer: IncomingTransfer, _ record: CaseRecord?) -> PaymentNotice {
        let (kind, due) = judge(paid: transfer.amount, receipt: transfer.receipt, owed: record.flatMap(stillDue))
        return PaymentNotice(reference: transfer.reference, receipt: transfer.receipt, amount: transfer.amount,
                             credited: transfer.credited, kind: kind, due: due)
    }
}
