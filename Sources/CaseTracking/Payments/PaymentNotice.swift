/// A credit of the cashier's bank statement as it was reconciled and kept: whether it paid what a case owed, and
/// what the cashier must look at otherwise. Nothing of the payer is kept (the statement's description, which
/// may hold their name, is read for the receipt number and dropped).
public struct PaymentNotice: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The amount the case owed: "payment sent, waiting for the agency to confirm" on the kiosk.
        case matched
        /// Less than owed.
        case partial
        /// More than owed.
        case over
        /// A receipt number of no case owing anything now (paid already, never asked to pay, no such case).
        case notDue = "not_due"
        /// No receipt number in the description.
        case noReceipt = "no_receipt"
    }

    public var reference: String
    public var receipt: ReceiptNumber?
    /// Whole đồng.
    public var amount: Int
    public var credited: LocalDay
    public var kind: Kind
    /// What the case still owed when the credit was reconciled (nil: nothing, or no such case).
    public var due: Int?

    public init(reference: String, receipt: ReceiptNumber?, amount: Int, credited: LocalDay, kind: Kind, due: Int?) {
        self.reference = reference
        self.receipt = receipt
        self.amount = amount
        self.credited = credited
        self.kind = kind
        self.due = due
    }

    /// As the case screen counts it.
    public var transfer: ReceivedTransfer { ReceivedTransfer(reference: reference, amount: amount, credited: credited) }
}

/// A statement's credit on its way in: the receipt number already found in its description.
public struct IncomingTransfer: Sendable, Equatable {
    /// Its line in the statement, for the cashier's list.
    public var line: Int
    public var reference: String
    public var amount: Int
    public var credited: LocalDay
    public var receipt: ReceiptNumber?

    public init(line: Int, reference: String, amount: Int, credited: LocalDay, receipt: ReceiptNumber?) {
        self.line = line
        self.reference = reference
        self.amount = amount
        self.credited = credited
        self.receipt = receipt
    }
}

/// What importing a credit did: kept now, or found kept by an earlier import (then as it was reconciled then).
public struct KeptNotice: Sendable, Equatable {
    public var line: Int
    public var notice: PaymentNotice
    public var isNew: Bool

    public init(line: Int, notice: PaymentNotice, isNew: Bool) {
        self.line = line
        self.notice = notice
        self.isNew = isNew
    }
}

/// Where reconciled credits are kept: the case file of a kiosk alone, or the hall server (the office writes,
/// kiosks read and copy).
public protocol PaymentLedger {
    /// Keeps, in one transaction and in order, the notice `decide` makes of each transfer whose reference is not
    /// kept yet. `decide` gets the transfer's case as stored (nil: no number, or no such case) with the transfers
    /// kept for it so far, this import's earlier ones included, so a second payment of a fee is not matched.
    func keep(_ transfers: [IncomingTransfer], deciding decide: @escaping @Sendable (IncomingTransfer, CaseRecord?) -> PaymentNotice)
        throws(CaseStoreError) -> [KeptNotice]
}
