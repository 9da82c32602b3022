import Foundation

/// A ticket just issued: its number, the counters that will call it, how many wait before it, and how long that
/// may take judged from today's measured service times (nil until there are any).
public struct IssuedTicket: Sendable, Equatable {
    public var number: TicketNumber
    public var counters: [Int]
    public var ahead: Int
    public var takenAt: Date
    public var estimate: WaitEstimate?

    public init(number: TicketNumber, counters: [Int], ahead: Int, takenAt: Date, estimate: WaitEstimate?) {
        self.number = number
        self.counters = counters
        self.ahead = ahead
        self.takenAt = takenAt
        self.estimate = estimate
    }
}

/// A ticket a counter called.
public struct CalledTicket: Sendable, Equatable {
    public var number: TicketNumber
    public var counter: Int
    public var calledAt: Date

    public init(number: TicketNumber, counter: Int, calledAt: Date) {
        self.number = number
        self.counter = counter
        self.calledAt = calledAt
    }
}

/// What a hall's display board shows: the number each counter serves now, the one called last, how many wait
/// in each queue.
public struct QueueBoard: Sendable, Equatable {
    /// One entry per counter that called today, by counter.
    public var serving: [CalledTicket]
    public var waiting: [String: Int]

    public init(serving: [CalledTicket], waiting: [String: Int]) {
        self.serving = serving.sorted { $0.counter < $1.counter }
        self.waiting = waiting
    }

    /// The number called last (highlighted on the board).
    public var latest: CalledTicket? { serving.max { $0.calledAt < $1.calledAt } }
}
