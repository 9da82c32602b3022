import Foundation

/// What a look-up answers. An unknown receipt number and a wrong second factor give the same answer, and a
/// pause or a lock applies to any number alike, so the kiosk never tells a stranger that a number exists.
public enum LookupOutcome: Equatable, Sendable {
    case found(CaseRecord)
    /// No case with this number and these digits; `then` is what applies to the next try.
    case notFound(then: GuessVerdict)
    /// Not looked up: too many failures on this number or at this kiosk.
    case refused(GuessVerdict)
    /// The database cannot answer now.
    case unavailable
}

/// Finds a case and checks the second factor (the last 4 digits of the owner's ID number, against the keyed
/// hash the database keeps), within the guess limit of `GuessPolicy`.
public struct CaseLookup: Sendable {
    public let store: any CaseStore
    /// The hall's second-factor key; nil when look-ups ask for no second factor.
    public let secondFactor: SecondFactorKey?
    /// Which kiosk is asking: its own failures are limited too.
    public let kiosk: String
    public let policy: GuessPolicy
    /// Failures the store could not record: shared by every copy of this look-up (the kiosk's one ledger).
    public let uncounted: UncountedFailures

    public init(store: any CaseStore, secondFactor: SecondFactorKey?, kiosk: String, policy: GuessPolicy,
                uncounted: UncountedFailures = UncountedFailures()) {
        self.store = store
        self.secondFactor = secondFactor
        self.kiosk = kiosk
        self.policy = policy
        self.uncounted = uncounted
    }

    public func lookUp(_ receipt: ReceiptNumber, idLast4: String?, at now: Date = Date()) -> LookupOutcome {
        do {
            // Nothing is answered while a failure waits to be counted: see `UncountedFailures`.
            try uncounted.record(in: store, kiosk: kiosk, policy: policy)
            let prepared = try store.prepareLookUp(receipt, kiosk: kiosk, policy: policy, at: now)
            guard prepared.verdict == .allowed else { return .refused(prepared.verdict) }
            let record = prepared.record
            if matches(record, receipt, idLast4), let record {
                if prepared.counted { try? store.recordSuccess(receipt: receipt) }  // the case is found either way
                return .found(record)
            }
            do {
                return .notFound(then: try store.recordFailure(receipt: receipt, kiosk: kiosk, policy: policy, at: now,
                                                               isCase: record != nil))
            } catch {
                uncounted.hold(UncountedFailure(receipt: receipt, at: now, isCase: record != nil))
                throw error
            }
        } catch {
            // A failure that cannot be counted must not be answered: that would let guesses through unlimited.
            return .unavailable
        }
    }

    /// Hashes and compares even when there is no case, so that both failures take the same path and time.
    private func matches(_ record: CaseRecord?, _ receipt: ReceiptNumber, _ idLast4: String?) -> Bool {
        guard let key = secondFactor else { return record != nil }
        let typed = key.digest(receipt: receipt, last4: idLast4 ?? "")
        let stored = record?.secondFactor ?? SecondFactorDigest([UInt8](repeating: 0, count: typed.bytes.count))
        return stored.matches(typed) && record != nil && idLast4?.count == 4
    }
}
