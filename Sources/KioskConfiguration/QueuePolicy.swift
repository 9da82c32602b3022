import Foundation

/// How a hall's counters choose the next ticket (`[queue]` in kiosk.conf): priority tickets first, or one
/// priority ticket after every N regular ones; a booked ticket at its slot ahead of walk-ins; and, whichever
/// rule, a regular ticket that has waited longer than the limit is no longer passed by anyone: from then on
/// the counters call in the order people came.
public struct QueuePolicy: Sendable, Equatable {
    public enum Rule: Sendable, Equatable, CustomStringConvertible {
        /// A waiting priority ticket is called before every regular one.
        case priorityFirst
        /// One priority ticket, then up to `regular` regular ones, and so on.
        case oneIn(regular: Int)
        /// No priority at all: the order people came (the simulated day's baseline, not a hall setting).
        case arrivalOrder

        public var description: String {
            switch self {
            case .priorityFirst: "priority first"
            case .oneIn(let regular): "1 priority per \(regular) regular"
            case .arrivalOrder: "arrival order"
            }
        }
    }

    public var rule: Rule
    /// A regular ticket waiting this long is passed by nobody any more.
    public var regularWaitLimit: TimeInterval
    /// A booking checked in later than this after its slot starts becomes a walk-in ticket.
    public var bookingLateness: TimeInterval

    public init(rule: Rule = .priorityFirst, regularWaitLimit: TimeInterval = 30 * 60,
                bookingLateness: TimeInterval = 10 * 60) {
        self.rule = rule
        self.regularWaitLimit = regularWaitLimit
        self.bookingLateness = bookingLateness
    }

    /// As shipped: priority first, no regular ticket passed once it has waited 30 minutes, 10 minutes' grace
    /// for a booking (Đà Nẵng's).
    public static let shipped = QueuePolicy()
}
