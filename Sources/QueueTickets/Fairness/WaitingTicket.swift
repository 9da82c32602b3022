import Foundation

/// A ticket waiting to be called, as the calling rule sees it.
public struct WaitingTicket: Sendable, Equatable {
    public var number: TicketNumber
    public var kind: TicketKind
    public var takenAt: Date
    /// A booked ticket's slot start: it is called from then on.
    public var slotStart: Date?

    public init(number: TicketNumber, kind: TicketKind, takenAt: Date, slotStart: Date? = nil) {
        self.number = number
        self.kind = kind
        self.takenAt = takenAt
        self.slotStart = slotStart
    }

    /// When the ticket joined the queue it is served in: a booked one at its slot (never before it was taken).
    var queuedAt: Date {
        guard kind == .booked, let slotStart else { return takenAt }
        return max(slotStart, takenAt)
    }

    /// A booked ticket whose slot has not begun.
    func isEarly(at time: Date) -> Bool { kind == .booked && (slotStart ?? takenAt) > time }
}
