import Foundation
import KioskConfiguration

/// What a store reads of one queue line today to place a ticket in it: who waits, the kinds of the last calls,
/// the service times measured, the counters open. Pure from there on: how many will be called before a ticket
/// and the honest range of its wait.
public struct LineState: Sendable {
    public var waiting: [WaitingTicket]
    /// The kinds of the last calls in the line, latest first.
    public var recentCalls: [TicketKind]
    /// Today's service times in the line: from service start (or the call) to its end; where counters only
    /// call, from one call to the same counter's next.
    public var services: [TimeInterval]
    /// The line's counters open now (signed in and not paused, or calling in the last half hour).
    public var openCounters: Int
    /// Priority and booked tickets taken in the line in the last hour: those who may yet pass a regular one.
    public var passersLastHour: Int

    public init(waiting: [WaitingTicket], recentCalls: [TicketKind], services: [TimeInterval], openCounters: Int,
                passersLastHour: Int = 0) {
        self.waiting = waiting
        self.recentCalls = recentCalls
        self.services = services
        self.openCounters = openCounters
        self.passersLastHour = passersLastHour
    }

    /// How many will be called before `ticket` as the line stands, and its wait.
    public func outlook(for ticket: TicketNumber, policy: QueuePolicy, at time: Date) -> (ahead: Int, outlook: WaitOutlook) {
        let order = CallOrder.order(waiting, recentCalls: recentCalls, policy: policy, at: time)
        let ahead = order.firstIndex { $0.number == ticket } ?? order.count
        let mine = waiting.first { $0.number == ticket }
        if let mine, mine.isEarly(at: time), let start = mine.slotStart { return (ahead, .atSlot(start)) }
        return (ahead, outlook(ahead: ahead, regular: mine?.kind != .priority && mine?.kind != .booked, policy: policy))
    }

    /// The wait of someone with `ahead` called before them; a regular ticket under a priority rule may yet be
    /// passed by priority and booked citizens arriving at the last hour's rate (up to the policy's limit).
    public func outlook(ahead: Int, regular: Bool, policy: QueuePolicy) -> WaitOutlook {
        guard ahead > 0 else { return .next }
        guard openCounters > 0 else { return services.isEmpty ? .notMeasured : .noCounterOpen }
        let passing = regular && policy.rule != .arrivalOrder ? Double(passersLastHour) / 3600 : 0
        return WaitRange.make(ahead: ahead, services: services, counters: openCounters, passing: passing,
                              limit: policy.regularWaitLimit).map(WaitOutlook.range) ?? .notMeasured
    }

    /// Service times from calls alone (counters that call but never mark a service finished): from one call to
    /// the same counter's next.
    public static func intervals(_ calls: [(counter: Int, at: Date)]) -> [TimeInterval] {
        var durations: [TimeInterval] = []
        for (_, times) in Dictionary(grouping: calls, by: \.counter) {
            let sorted = times.map(\.at).sorted()
            durations += zip(sorted, sorted.dropFirst()).map { $1.timeIntervalSince($0) }
        }
        return durations
    }

    /// How long counters that only call count as open after their last call.
    public static let callingCountsAsOpen: TimeInterval = 30 * 60
}

extension LineState {
    /// Counters of the line that called in the last half hour (where nobody signs in at the counters).
    public static func openFromCalls(_ calls: [(counter: Int, at: Date)], counters: [Int], at time: Date) -> Int {
        Set(calls.filter { time.timeIntervalSince($0.at) <= callingCountsAsOpen && counters.contains($0.counter) }
            .map(\.counter)).count
    }
}
