import Foundation

/// A ticket as a counter sees it: its number, the line it waits in now, its state and times, and the case it
/// was tied to (the receipt number the officer typed, if any).
public struct CounterTicket: Equatable, Sendable {
    public var number: TicketNumber
    public var line: String
    public var state: TicketState
    public var takenAt: Date
    public var calledAt: Date?
    public var startedAt: Date?
    public var finishedAt: Date?
    public var receipt: String?
    /// Priority or booked: the officer checks a declared priority group at the counter.
    public var kind: TicketKind
    public var priorityGroup: String?

    public init(number: TicketNumber, line: String, state: TicketState, takenAt: Date, calledAt: Date? = nil,
                startedAt: Date? = nil, finishedAt: Date? = nil, receipt: String? = nil, kind: TicketKind = .regular,
                priorityGroup: String? = nil) {
        self.kind = kind
        self.priorityGroup = priorityGroup
        self.number = number
        self.line = line
        self.state = state
        self.takenAt = takenAt
        self.calledAt = calledAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.receipt = receipt
    }
}

/// A line as a counter sees it: how many wait, and the first few numbers to come.
public struct LineWaiting: Equatable, Sendable {
    public var prefix: String
    public var waiting: Int
    /// In the order the counters will call them.
    public var next: [TicketNumber]
    /// How many of those waiting are priority or booked tickets.
    public var priority: Int

    public init(prefix: String, waiting: Int, next: [TicketNumber], priority: Int = 0) {
        self.prefix = prefix
        self.priority = priority
        self.waiting = waiting
        self.next = next
    }
}

/// Everything the officer's terminal and the citizen's side show of a counter.
public struct CounterStatus: Equatable, Sendable {
    public var counter: Int
    public var officer: Officer?
    public var paused: PauseReason?
    /// The ticket called, being served, or last ended here today (the citizen's side asks its question when it
    /// turns finished).
    public var current: CounterTicket?
    public var held: [CounterTicket]
    public var lines: [LineWaiting]

    public init(counter: Int, officer: Officer? = nil, paused: PauseReason? = nil, current: CounterTicket? = nil,
                held: [CounterTicket] = [], lines: [LineWaiting] = []) {
        self.counter = counter
        self.officer = officer
        self.paused = paused
        self.current = current
        self.held = held
        self.lines = lines
    }

    /// Of a counter's tickets today, the one at it (called or being served), else the one that ended last.
    public static func current(of tickets: [CounterTicket]) -> CounterTicket? {
        tickets.first { [.called, .serving].contains($0.state) }
            ?? tickets.filter { [.absent, .finished].contains($0.state) }.max {
                ($0.finishedAt ?? $0.calledAt ?? .distantPast) < ($1.finishedAt ?? $1.calledAt ?? .distantPast)
            }
    }
}
