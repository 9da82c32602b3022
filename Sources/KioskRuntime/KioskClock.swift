import Foundation

/// The time as the run loop reads it: the wall clock for what the screen shows and what is recorded, the
/// monotonic uptime for intervals (a clock set back must not stall the catalog watcher). Tests give their own.
public protocol KioskClock: Sendable {
    func now() -> Date
    /// Seconds since some fixed point, never going back.
    func uptime() -> TimeInterval
}

public struct SystemClock: KioskClock {
    public init() {}
    public func now() -> Date { Date() }
    public func uptime() -> TimeInterval { ProcessInfo.processInfo.systemUptime }
}
