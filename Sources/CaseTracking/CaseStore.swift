import Foundation

/// Where cases are looked up, and failed look-ups counted. The kiosk reads cases and writes only the counts;
/// the back office (or `kiosk cases import`) writes cases.
public protocol CaseStore: GuessLedger {
    /// The case with this receipt number, or nil.
    func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord?
    /// What a look-up needs first, in one read where the store can: the verdict for `receipt` at `kiosk`, the
    /// case when the verdict allows the look-up, and whether failures are counted for the number.
    func prepareLookUp(_ receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> PreparedLookUp
}

/// What `CaseStore.prepareLookUp` found.
public struct PreparedLookUp: Sendable {
    public var verdict: GuessVerdict
    /// The case, when the verdict allows the look-up and there is one.
    public var record: CaseRecord?
    /// Failures are counted for this number (a success must clear them).
    public var counted: Bool

    public init(verdict: GuessVerdict, record: CaseRecord?, counted: Bool) {
        self.verdict = verdict
        self.record = record
        self.counted = counted
    }
}

extension CaseStore {
    /// Three questions one after the other, for stores without a cheaper way.
    public func prepareLookUp(_ receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> PreparedLookUp
    {
        let verdict = try verdict(receipt: receipt, kiosk: kiosk, policy: policy, at: now)
        guard verdict == .allowed else { return PreparedLookUp(verdict: verdict, record: nil, counted: true) }
        return PreparedLookUp(verdict: verdict, record: try find(receipt), counted: true)
    }
}

/// The store cannot answer: the database file is missing, locked, corrupt or on a disk that went away.
public struct CaseStoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
