import Foundation

/// Where failed look-ups are counted: in the case database, so that the counts survive the idle reset and a
/// restart, and hold for every kiosk that shares the database.
public protocol GuessLedger: Sendable {
    /// What applies now to a look-up of `receipt` at `kiosk`.
    func verdict(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date) throws(CaseStoreError)
        -> GuessVerdict
    /// Counts a failure (unknown number or wrong digits alike) for the number and the kiosk; returns what
    /// applies after it. `isCase`: the number is a case's (wrong digits), so a lock on it may name it for staff;
    /// a number with no case is kept only as its keyed hash.
    func recordFailure(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date, isCase: Bool)
        throws(CaseStoreError) -> GuessVerdict
    /// A right look-up clears that number's count (never the kiosk's).
    func recordSuccess(receipt: ReceiptNumber) throws(CaseStoreError)
    /// Staff lift a lock or cool-down (`kiosk cases unlock`); true when there was one.
    @discardableResult
    func unlock(receipt: ReceiptNumber) throws(CaseStoreError) -> Bool
    /// Receipt numbers locked at `now`, with when each lock ends.
    func locks(at now: Date) throws(CaseStoreError) -> [(receipt: ReceiptNumber, until: Date)]
}

extension GuessLedger {
    /// A failure on a number not known to be a case's.
    public func recordFailure(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> GuessVerdict
    {
        try recordFailure(receipt: receipt, kiosk: kiosk, policy: policy, at: now, isCase: false)
    }
}
