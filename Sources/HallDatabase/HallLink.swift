import Foundation

/// What a kiosk knows of its link to the hall server, shared by the look-ups and the sync: after a call fails,
/// look-ups go straight to the local copy (no citizen waits a deadline for a server known to be away) until
/// the sync reaches the server again.
public final class HallLink: @unchecked Sendable {
    private let lock = NSLock()
    private var away = false
    /// The last outage (kept once the server is back): why, and since when.
    private var outage: (problem: HallError, since: Date)?
    private var copied: Date?

    public init(copiedAt: Date? = nil) {
        copied = copiedAt
    }

    /// Whether look-ups should ask the server now.
    public var isUp: Bool { lock.withLock { !away } }

    /// Why the server was last found away.
    public var problem: HallError? { lock.withLock { away ? outage?.problem : nil } }

    /// The last time the server went away (kept once it is back) and why: what the kiosk reports to the fleet.
    public var lastOutage: (problem: HallError, since: Date)? { lock.withLock { outage } }

    /// When the local copy was last brought up to date.
    public var copiedAt: Date? { lock.withLock { copied } }

    /// A call failed: returns true when the server was up until now (the change is worth a log line).
    @discardableResult
    public func lost(_ problem: HallError, at time: Date = Date()) -> Bool {
        lock.withLock {
            defer {
                // The outage began at its first failure; its reason is the latest.
                outage = (problem, away ? outage?.since ?? time : time)
                away = true
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

    /// As a kiosk's files last recorded it (the kiosk was stopped or killed while the server was away): away,
    /// since then, until the first call goes through, which logs the return and reports the outage.
    func restore(_ record: HallLinkRecord) {
        lock.withLock {
            outage = record.problem.flatMap { problem in record.problemAt.map { (problem, $0) } }
            away = record.awaySince != nil
        }
    }

    func copied(at time: Date) {
        lock.withLock { copied = time }
    }
}

