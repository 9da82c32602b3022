import Foundation

/// What a kiosk knows of its link to the hall server, shared by the look-ups and the sync: after a call fails,
/// look-ups go straight to the local copy (no citizen waits a deadline for a server known to be away) until
/// the sync reaches the server again.
public final class HallLink: @unchecked Sendable {
    private let lock = NSLock()
    private var away = false
    private var lastProblem: HallError?
    private var copied: Date?

    public init(copiedAt: Date? = nil) {
        copied = copiedAt
    }

    /// Whether look-ups should ask the server now.
    public var isUp: Bool { lock.withLock { !away } }

    /// Why the server was last found away.
    public var problem: HallError? { lock.withLock { away ? lastProblem : nil } }

    /// When the local copy was last brought up to date.
    public var copiedAt: Date? { lock.withLock { copied } }

    /// A call failed: returns true when the server was up until now (the change is worth a log line).
    @discardableResult
    public func lost(_ problem: HallError) -> Bool {
        lock.withLock {
            defer {
                away = true
                lastProblem = problem
            }
            return !away
        }
    }

    /// A call went through: returns true when the server was away until now.
    @discardableResult
    public func reached() -> Bool {
        lock.withLock {
            defer { away = false }
            return away
        }
    }

    func copied(at time: Date) {
        lock.withLock { copied = time }
    }
}
