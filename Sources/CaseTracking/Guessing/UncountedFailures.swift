import Foundation

/// A failed look-up the ledger could not record (a full disk, a database that went read-only, a server and an
/// outbox both away). While one is held, no look-up of any number is answered: "unavailable" for wrong digits
/// and the case for right ones would tell a guesser which is which, with no limit. Each look-up first records
/// what is held, oldest first, each at the time it happened, and answers again once all of it is written:
/// nothing is lost.
public struct UncountedFailure: Sendable {
    let receipt: ReceiptNumber
    let at: Date
    let isCase: Bool
}

public typealias UncountedFailures = Backlog<UncountedFailure>

extension Backlog where Item == UncountedFailure {
    /// Records every held failure in `ledger`; throws, keeping the rest, at the first the ledger still refuses.
    func record(in ledger: any GuessLedger, kiosk: String, policy: GuessPolicy) throws(CaseStoreError) {
        try drain { (failure: UncountedFailure) throws(CaseStoreError) in
            _ = try ledger.recordFailure(receipt: failure.receipt, kiosk: kiosk, policy: policy, at: failure.at,
                                         isCase: failure.isCase)
        }
    }
}
