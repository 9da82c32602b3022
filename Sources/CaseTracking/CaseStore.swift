/// Where cases are looked up, and failed look-ups counted. The kiosk reads cases and writes only the counts;
/// the back office (or `kiosk cases import`) writes cases.
public protocol CaseStore: GuessLedger {
    /// The case with this receipt number, or nil.
    func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord?
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
