import Foundation

/// A ticket just issued: its number, the counters that will call it, its kind, how many will be called before
/// it as the line stands, and how long that may take judged from today's measured service times.
public struct IssuedTicket: Sendable, Equatable {
    public var number: TicketNumber
    public var counters: [Int]
    public var kind: TicketKind
    /// The priority group declared (its id), for a priority ticket.
    public var priorityGroup: String?
    /// A booked ticket's slot; also kept on a walk-in ticket that a late booking became (said to the citizen).
    public var slot: BookingSlot?
    /// A booking checked in too late: this is a walk-in ticket.
    public var lateBooking: Bool
    public var ahead: Int
    public var takenAt: Date
    public var outlook: WaitOutlook

    public init(number: TicketNumber, counters: [Int], kind: TicketKind = .regular, priorityGroup: String? = nil,
                slot: BookingSlot? = nil, lateBooking: Bool = false, ahead: Int, takenAt: Date, outlook: WaitOutlook) {
        self.number = number
        self.counters = counters
        self.kind = kind
        self.priorityGroup = priorityGroup
        self.slot = slot
        self.lateBooking = lateBooking
        self.ahead = ahead
        self.takenAt = takenAt
        self.outlook = outlook
    }
}

/// A booked slot's start and end.
public struct BookingSlot: Sendable, Equatable {
    public var start: Date
    public var end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }
}

/// A ticket a counter called.
public struct CalledTicket: Sendable, Equatable {
    public var number: TicketNumber
    public var counter: Int
    public var calledAt: Date
    public var kind: TicketKind

    public init(number: TicketNumber, counter: Int, calledAt: Date, kind: TicketKind = .regular) {
        self.number = number
        self.counter = counter
        self.calledAt = calledAt
        self.kind = kind
    }
}

/// What a hall's display board shows: the number each counter serves now, the one called last, how many wait
/// in each queue and how long a number taken now may wait there.
public struct QueueBoard: Sendable, Equatable {
    /// One entry per counter that called today, by counter.
    public var serving: [CalledTicket]
    public var waiting: [String: Int]
    /// A newcomer's wait per line (for the lines the board was asked about).
    public var outlook: [String: WaitOutlook]

    public init(serving: [CalledTicket], waiting: [String: Int], outlook: [String: WaitOutlook] = [:]) {
        self.serving = serving.sorted { $0.counter < $1.counter }
        self.waiting = waiting
        self.outlook = outlook
    }

    /// The number called last (highlighted on the board).
    public var latest: CalledTicket? { serving.max { $0.calledAt < $1.calledAt } }
}
