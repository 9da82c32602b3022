import Foundation
import KioskConfiguration

/// Which waiting ticket a counter calls next, under the hall's `QueuePolicy`. Pure: the stores fetch the
/// waiting tickets and the kinds of the last calls, and write what this chooses, so SQLite, the hall server
/// and the simulated day call in exactly the same order.
///
/// 1. A regular ticket that has waited past the policy's limit is passed by nobody: the counter calls in the
///    order people joined the queue (a booked ticket joins at its slot) until it is called. Priority tickets
///    keep their place in that order, so they never wait longer than they would without priority.
/// 2. Else a booked ticket whose slot has begun, earliest slot first ("called at its slot ahead of walk-ins").
/// 3. Else priority against regular by the rule: priority first, or one priority after every N regular calls.
/// 4. Else (nobody else waits) a booked ticket before its slot: a counter with nobody to call serves it early.
public enum CallOrder {
    /// `recentCalls`: the kinds of the last calls in these lines today, latest first (for one-in-N).
    public static func next(_ waiting: [WaitingTicket], recentCalls: [TicketKind], policy: QueuePolicy, at time: Date)
        -> WaitingTicket?
    {
        let ready = waiting.filter { !$0.isEarly(at: time) }
        guard !ready.isEmpty else { return earliest(waiting) { $0.slotStart ?? $0.takenAt } }
        let regular = ready.filter { $0.kind == .regular }
        if policy.rule == .arrivalOrder { return earliest(ready, by: \.queuedAt) }
        if let oldest = earliest(regular, by: \.takenAt), time.timeIntervalSince(oldest.takenAt) >= policy.regularWaitLimit {
            return earliest(ready, by: \.queuedAt)
        }
        if let booked = earliest(ready.filter { $0.kind == .booked }, by: \.queuedAt) { return booked }
        let priority = earliest(ready.filter { $0.kind == .priority }, by: \.takenAt)
        guard let priority else { return earliest(regular, by: \.takenAt) }
        guard let first = earliest(regular, by: \.takenAt) else { return priority }
        switch policy.rule {
        case .priorityFirst, .arrivalOrder: return priority
        case .oneIn(let n):
            // Regular calls since the last priority one (booked calls count for neither).
            let since = recentCalls.filter { $0 != .booked }.prefix { $0 == .regular }.count
            let sawPriority = recentCalls.contains(.priority)
            return !sawPriority || since >= n ? priority : first
        }
    }

    /// The order the waiting tickets would be called in if nobody else came and the clock stood still: the
    /// ticket's place in it is how many will be called before it.
    public static func order(_ waiting: [WaitingTicket], recentCalls: [TicketKind], policy: QueuePolicy, at time: Date)
        -> [WaitingTicket]
    {
        var left = waiting
        var calls = recentCalls
        var order: [WaitingTicket] = []
        while let next = next(left, recentCalls: calls, policy: policy, at: time) {
            order.append(next)
            left.removeAll { $0.number == next.number }
            calls.insert(next.kind, at: 0)
        }
        return order
    }

    private static func earliest(_ tickets: [WaitingTicket], by time: (WaitingTicket) -> Date) -> WaitingTicket? {
        tickets.min { (time($0), $0.number.prefix, $0.number.sequence) < (time($1), $1.number.prefix, $1.number.sequence) }
    }
}
