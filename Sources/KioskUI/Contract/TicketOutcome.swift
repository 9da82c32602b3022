import QueueTickets

/// The answer to `Effect.takeTicket`.
public enum TicketOutcome: Sendable, Equatable {
    case issued(IssuedTicket)
    /// The queue's store did not answer (the hall server away, the file unwritable): no number was issued.
    case unavailable
    /// The booking code gives no ticket (unknown, used, another day): nothing was issued.
    case refused(BookingRefusal)
}
