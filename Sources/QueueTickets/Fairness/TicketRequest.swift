import ProcedureCatalog

/// What a citizen (or `kiosk queue take`) asks a number for: a line as a walk-in, perhaps declaring a priority
/// group, or a booking's code.
public struct TicketRequest: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case walkIn(QueueLine, procedure: String?)
        /// `lines`: the hall's lines (the booking names its line by prefix); `expected`: the line the
        /// command line named, refused when the booking is for another.
        case booking(BookingCode, lines: [QueueLine], expected: String?)
    }

    public var source: Source
    /// The priority group's id (Catalog/queue.yaml) the citizen declared; nil for none.
    public var priority: String?

    public init(_ source: Source, priority: String? = nil) {
        self.source = source
        self.priority = priority
    }

    public static func walkIn(_ line: QueueLine, procedure: String? = nil, priority: String? = nil) -> TicketRequest {
        TicketRequest(.walkIn(line, procedure: procedure), priority: priority)
    }

    /// A walk-in's kind: priority when a group was declared.
    var walkInKind: TicketKind { priority == nil ? .regular : .priority }
}
