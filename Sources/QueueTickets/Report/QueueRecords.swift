import Foundation

/// A ticket's day as the queue report reads it: when it was taken, called, served and ended, where and by whom.
public struct TicketRecord: Equatable, Sendable {
    public var day: String
    public var number: TicketNumber
    public var line: String
    public var state: TicketState
    public var counter: Int?
    public var officer: String?
    public var takenAt: Date
    public var calledAt: Date?
    public var startedAt: Date?
    public var finishedAt: Date?
    public var kind: TicketKind
    /// The wait the ticket was told, in minutes (none when it was told none).
    public var estimate: ClosedRange<Int>?

    public init(day: String, number: TicketNumber, line: String, state: TicketState, counter: Int?, officer: String?,
                takenAt: Date, calledAt: Date?, startedAt: Date?, finishedAt: Date?, kind: TicketKind = .regular,
                estimate: ClosedRange<Int>? = nil) {
        self.kind = kind
        self.estimate = estimate
        self.day = day
        self.number = number
        self.line = line
        self.state = state
        self.counter = counter
        self.officer = officer
        self.takenAt = takenAt
        self.calledAt = calledAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
    }
}

/// Something that happened at a counter (`counter_events`): a sign-in, a call, a transfer, a pause and why.
public struct CounterEvent: Equatable, Sendable {
    public var day: String
    public var counter: Int
    public var officer: String?
    public var kind: String
    public var reason: String?
    public var ticket: TicketNumber?
    public var at: Date

    public init(day: String, counter: Int, officer: String?, kind: String, reason: String?, ticket: TicketNumber?, at: Date) {
        self.day = day
        self.counter = counter
        self.officer = officer
        self.kind = kind
        self.reason = reason
        self.ticket = ticket
        self.at = at
    }
}

/// What the queue report reads from a store, for the days from `first` to `last` (included, "2026-12-03").
public protocol QueueRecords: Sendable {
    func ticketRecords(from first: String, to last: String) throws -> [TicketRecord]
    func counterEvents(from first: String, to last: String) throws -> [CounterEvent]
}
