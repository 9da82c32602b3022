/// What a look-up answers. An unknown receipt number and a wrong second factor give the same answer, so the
/// kiosk never tells a stranger that a number exists.
public enum LookupOutcome: Equatable, Sendable {
    case found(CaseRecord)
    case notFound
    /// The database cannot answer now.
    case unavailable
}

/// Finds a case and checks the second factor: the last 4 digits of the owner's ID number (CCCD).
public struct CaseLookup: Sendable {
    public let store: any CaseStore
    public let requireSecondFactor: Bool

    public init(store: any CaseStore, requireSecondFactor: Bool) {
        self.store = store
        self.requireSecondFactor = requireSecondFactor
    }

    public func lookUp(_ receipt: ReceiptNumber, idLast4: String?) -> LookupOutcome {
        let record: CaseRecord?
        do {
            record = try store.find(receipt)
        } catch {
            return .unavailable
        }
        // Compare even when there is no case, so both failures take the same path.
        let expected = record?.ownerIDLast4 ?? "----"
        let matches = Self.constantTimeEqual(expected, idLast4 ?? "")
        guard let record else { return .notFound }
        if requireSecondFactor && !matches { return .notFound }
        return .found(record)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0 ..< max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0
    }
}
