import Foundation

/// How long a citizen may wait, as a range of minutes, from what the counters measured today in that line and
/// the counters open for it now. Never guessed: with no service measured today there is no range.
public struct WaitRange: Sendable, Equatable, Codable {
    public var low: Int
    public var high: Int
    /// How many services today the range rests on.
    public var measured: Int
    /// The counters it counts as serving the line now.
    public var counters: Int

    public init(low: Int, high: Int, measured: Int, counters: Int) {
        self.low = low
        self.high = high
        self.measured = measured
        self.counters = counters
    }

    /// A service longer than this is a break at the counter, not a service: left out.
    static let longestService: TimeInterval = 45 * 60

    /// `ahead` called before the citizen, `services` today's measured service times (seconds), `counters` open.
    /// Low: everyone ahead served at the quick end of today's times (lower quartile) by every open counter.
    /// High: at the slow end (upper quartile), and the service under way at a counter counted whole; with
    /// `passing` (citizens a second who may pass this one: priority, bookings), the counters' time they take
    /// added, up to `limit` more (after it nobody passes).
    public static func make(ahead: Int, services: [TimeInterval], counters: Int, passing: Double = 0,
                            limit: TimeInterval = 0) -> WaitRange? {
        let times = services.filter { $0 > 0 && $0 <= longestService }.sorted()
        guard ahead > 0, counters > 0, !times.isEmpty else { return nil }
        // Few measurements: the whole spread seen, not quartiles that a single service would set.
        let quick = times.count < 5 ? times[0] : times[times.count / 4]
        let slow = times.count < 5 ? times[times.count - 1] : times[(times.count * 3) / 4]
        let low = Double(ahead) * quick / Double(counters) / 60
        var high = Double(ahead + 1) * slow / Double(counters) / 60
        // Passers take this share of the counters' time while the citizen waits: the wait stretches by 1 / (1 − it).
        let share = passing * slow / Double(counters)
        if share > 0 { high = min(high / max(0.1, 1 - share), high + limit / 60) }
        let lowMinutes = Int(low.rounded(.down))
        return WaitRange(low: lowMinutes, high: max(lowMinutes + 1, Int(high.rounded(.up))), measured: times.count,
                         counters: counters)
    }

    /// Whether a wait that happened (minutes) fell in the range.
    public func holds(_ minutes: Double) -> Bool { minutes >= Double(low) && minutes <= Double(high) }

    /// Minutes a wait fell outside the range (0 inside it).
    public func miss(_ minutes: Double) -> Double {
        minutes < Double(low) ? Double(low) - minutes : max(0, minutes - Double(high))
    }
}

/// What a ticket says about the wait: next, a range, why there is none, or a booked slot.
public enum WaitOutlook: Sendable, Equatable {
    /// Nobody will be called before this ticket.
    case next
    case range(WaitRange)
    /// No service measured today in this line.
    case notMeasured
    /// People wait but no counter of the line is open now.
    case noCounterOpen
    /// A booked ticket before its slot: called from its start.
    case atSlot(Date)

    public var range: WaitRange? {
        if case .range(let range) = self { return range }
        return nil
    }
}
