import CaseTracking
import ProcedureCatalog

/// What a case owes and how the kiosk lets the citizen pay it: the amounts from the case only (nothing the
/// citizen types changes them), the collecting agency's account from the catalog, and a VietQR code made from
/// both each time the case is shown, so amounts changed since a code was last shown give a new code. No code
/// where it could be wrong: a case that owes nothing (paid, or its status moved on), an agency without an
/// account, a total of 0 or above the ceiling, a receipt number no purpose can hold, and once the agency's bank
/// statement shows a transfer naming the receipt number.
public enum CasePayment: Sendable, Equatable {
    case code(PaymentCode)
    case none(NoCode)

    /// Why no code is shown (the amounts, if any, are shown all the same with where to pay).
    public enum NoCode: Sendable, Equatable {
        case nothingDue
        /// The bank statement shows transfers naming the receipt number that cover the total (the last one's
        /// day): "payment sent, waiting for the agency to confirm".
        case transferSent(received: Int, on: LocalDay)
        /// Transfers naming it were seen, less than the total: the cashier sorts it out (a code for the rest
        /// could be wrong money if the amounts changed since).
        case transferShort(received: Int, total: Int)
        case noAccount
        case zero
        case overCeiling(total: Int, ceiling: Int)
        case purposeTooLong
        case unknownBank(String)
    }

    public static func make(_ record: CaseRecord, catalog: Catalog, ceiling: Int) -> CasePayment {
        guard record.status == .paymentNeeded, !record.amountsDue.isEmpty else { return .none(.nothingDue) }
        let total = record.amountsDue.reduce(0) { $0 + $1.amount }
        if let last = record.transfers.max(by: { $0.credited < $1.credited }) {
            let received = record.transfers.reduce(0) { $0 + $1.amount }
            return .none(received >= total ? .transferSent(received: received, on: last.credited)
                                           : .transferShort(received: received, total: total))
        }
        guard total > 0, record.amountsDue.allSatisfy({ $0.amount >= 0 }) else { return .none(.zero) }
        guard total <= ceiling else { return .none(.overCeiling(total: total, ceiling: ceiling)) }
        guard let account = catalog.agency(record.handlingAgency)?.account else { return .none(.noAccount) }
        guard let bank = catalog.bank(account.bin) else { return .none(.unknownBank(account.bin)) }
        guard let purpose = VietQR.purpose(receipt: record.receipt.description),
              let code = try? VietQR(bin: account.bin, account: account.number, amount: total, purpose: purpose)
        else { return .none(.purposeTooLong) }
        return .code(PaymentCode(amounts: record.amountsDue, total: total, account: account, bank: bank, qr: code))
    }
}

/// A code to pay a case's fees, with what the citizen checks before confirming in the bank app.
public struct PaymentCode: Sendable, Equatable {
    public let amounts: [AmountDue]
    public let total: Int
    public let account: CollectingAccount
    public let bank: Bank
    public let qr: VietQR
}
