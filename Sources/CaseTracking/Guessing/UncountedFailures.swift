import Foundation

/// Failed look-ups the ledger could not record (a full disk, a database that went read-only, a server and an
/// outbox both away). While one is held, no look-up of any number is answered: "unavailable" for wrong digits
/// and the case for right ones would tell a guesser which is which, with no limit. Each look-up first tries to
/// record what is held, oldest first, and answers again once all of it is written: nothing is lost.
public final class UncountedFailures: @unchecked Sendable {
    private struct Failure: Sendable {
        let receipt: ReceiptNumber
        let at: Date
        let isCase: Bool
    }

    /// Guarded by `lock`: look-ups run on the effect runner's queue, and a command may share the value.
    private var held: [Failure] = []
    private let lock = NSLock()

    public init() {}

    /// How many failures wait to be recorded.
    public var count: Int { lock.withLock { held.count } }

    /// Keeps a failure the ledger refused.
    func hold(_ receipt: ReceiptNumber, at now: Date, isCase: Bool) {
        lock.withLock { held.append(Failure(receipt: receipt, at: now, isCase: isCase)) }
    }

    /// Records every held failure in `ledger` (each at the time it happened); throws, keeping the rest, at the
    /// first the ledger still refuses.
    func record(in ledger: any GuessLedger, kiosk: String, policy: GuessPolicy) throws(CaseStoreError) {
        lock.lock()
        defer { lock.unlock() }
        while let first = held.first {
            _ = try ledger.recordFailure(receipt: first.receipt, kiosk: kiosk, policy: policy, at: first.at,
                                         isCase: first.isCase)
            held.removeFirst()
        }
    }
}
