import Foundation
import Logging

/// A library's lines into the kiosk's log, a few of each message a minute: a driver that logs every failed
/// connection attempt during an outage would otherwise fill the log (and push the kiosk's own lines out of its
/// rotation) with the same line. The first line of a message after a quiet spell says how many were left out.
public struct RateLimitedLogHandler: LogHandler {
    public var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }
    public var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }
    public var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }
    private var inner: any LogHandler
    private let limiter: LineLimiter

    /// At most `burst` lines of one message in each `window`.
    public init(wrapping inner: any LogHandler, burst: Int = 3, window: TimeInterval = 60, clock: @escaping @Sendable () -> Date = Date.init) {
        self.inner = inner
        limiter = LineLimiter(burst: burst, window: window, clock: clock)
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        guard let dropped = limiter.admit(event.message.description) else { return }
        var event = event
        if dropped > 0 {
            var metadata = event.metadata ?? [:]
            metadata["dropped_before"] = "\(dropped)"
            event.metadata = metadata
        }
        inner.log(event: event)
    }
}

/// Counts each message's lines in fixed windows; shared by the copies of one handler (swift-log copies them).
final class LineLimiter: @unchecked Sendable {
    private let burst: Int
    private let window: TimeInterval
    private let clock: @Sendable () -> Date
    private let lock = NSLock()
    private var counts: [String: (start: Date, written: Int, dropped: Int)] = [:]

    init(burst: Int, window: TimeInterval, clock: @escaping @Sendable () -> Date) {
        self.burst = burst
        self.window = window
        self.clock = clock
    }

    /// Nil when the line is to be left out; else how many lines of this message were left out before it.
    func admit(_ message: String) -> Int? {
        let now = clock()
        return lock.withLock {
            var entry = counts[message] ?? (start: now, written: 0, dropped: 0)
            if now.timeIntervalSince(entry.start) >= window {
                entry = (start: now, written: 0, dropped: entry.dropped)
            }
            guard entry.written < burst else {
                entry.dropped += 1
                counts[message] = entry
                return nil
            }
            let dropped = entry.dropped
            entry.written += 1
            entry.dropped = 0
            counts[message] = entry
            // Messages seen once and never again do not pile up in a kiosk that runs for months.
            if counts.count > 1000 { counts = counts.filter { now.timeIntervalSince($0.value.start) < window } }
            return dropped
        }
    }
}
