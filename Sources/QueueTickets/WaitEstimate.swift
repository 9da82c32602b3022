import Foundation

/// How long a citizen may wait, from what the counters measured today: the median time a counter spent on a
/// ticket (from its call to the same counter's next call), over the counters serving the queue. Never guessed:
/// with no service finished today there is no estimate.
public struct WaitEstimate: Sendable, Equatable {
    public var minutes: Int
    /// How many services today the estimate rests on.
    public var measured: Int

    public init(minutes: Int, measured: Int) {
        self.minutes = minutes
        self.measured = measured
    }

    /// A service longer than this is a break at the counter, not a service: left out.
    static let longestService: TimeInterval = 45 * 60

    /// `calls`: the queue's calls today (counter, time). nil when no service was measured or nobody is ahead.
    public static func make(ahead: Int, calls: [(counter: Int, at: Date)]) -> WaitEstimate? {
        guard ahead > 0 else { return nil }
        var durations: [TimeInterval] = []
        for (_, times) in Dictionary(grouping: calls, by: \.counter) {
            let sorted = times.map(\.at).sorted()
            for (first, next) in zip(sorted, sorted.dropFirst()) {
                let duration = next.timeIntervalSince(first)
                if duration > 0 && duration <= longestService { durations.append(duration) }
            }
        }
        guard !durations.isEmpty else { return nil }
        let median = durations.sorted()[durations.count / 2]
        let counters = max(1, Set(calls.map(\.counter)).count)
        let minutes = Int((Double(ahead) * median / Double(counters) / 60).rounded(.up))
        return WaitEstimate(minutes: max(1, minutes), measured: durations.count)
    }
}
