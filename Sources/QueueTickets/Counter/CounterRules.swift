import Foundation

/// What an officer's action changes, decided from the counter as it is (pure: the stores write it in one
/// transaction). One ticket at a counter at a time: a new call, a pause or a held ticket taken back wait until
/// the ticket there is finished, absent, held or moved.
public struct CounterChange: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The first waiting ticket of the counter's lines (the store finds it, in the same transaction).
        case call
        case recall(TicketNumber)
        case absent(TicketNumber)
        case start(TicketNumber)
        case finish(TicketNumber, receipt: String?)
        case hold(TicketNumber)
        /// Back at the counter, as it was (being served, or called).
        case takeBack(TicketNumber, as: TicketState)
        case transfer(TicketNumber, toLine: String)
        case pause(PauseReason)
        case resume
    }

    public var kind: Kind
    public var officer: Officer

    /// The event's name in the counter's record (`counter_events.kind`).
    public var event: String {
        switch kind {
        case .call: "call"
        case .recall: "recall"
        case .absent: "absent"
        case .start: "start"
        case .finish: "finish"
        case .hold: "hold"
        case .takeBack: "take_back"
        case .transfer: "transfer"
        case .pause: "pause"
        case .resume: "resume"
        }
    }

    /// The ticket the event is about, if one.
    public var ticket: TicketNumber? {
        switch kind {
        case .recall(let t), .absent(let t), .start(let t), .finish(let t, _), .hold(let t), .takeBack(let t, _),
             .transfer(let t, _): t
        case .call, .pause, .resume: nil
        }
    }

    /// A pause's reason, a transfer's line.
    public var reason: String? {
        switch kind {
        case .pause(let reason): reason.rawValue
        case .transfer(_, let line): line
        default: nil
        }
    }
}

public enum CounterRules {
    /// The change `action` makes at the counter `status`, or why it cannot be made.
    public static func change(_ action: CounterAction, _ status: CounterStatus, at time: Date) throws(CounterRefusal)
        -> CounterChange
    {
        guard let officer = status.officer else { throw .notSignedIn }
        let atCounter = status.current.flatMap { [.called, .serving].contains($0.state) ? $0 : nil }
        func current(_ allowed: Set<TicketState>) throws(CounterRefusal) -> TicketNumber {
            guard let ticket = atCounter else { throw .noTicket }
            guard allowed.contains(ticket.state) else { throw .notNow(ticket.state) }
            return ticket.number
        }
        func idle() throws(CounterRefusal) {
            if let ticket = atCounter { throw .busy(ticket.number) }
        }
        let kind: CounterChange.Kind
        switch action {
        case .callNext:
            if status.paused != nil { throw .paused }
            try idle()
            guard status.lines.contains(where: { $0.waiting > 0 }) else { throw .nobodyWaiting }
            kind = .call
        case .recall: kind = .recall(try current([.called]))
        case .absent: kind = .absent(try current([.called]))
        case .startService: kind = .start(try current([.called]))
        case .finish(let receipt): kind = .finish(try current([.called, .serving]), receipt: receipt)
        case .hold: kind = .hold(try current([.called, .serving]))
        case .takeBack(let number):
            try idle()
            guard let held = status.held.first(where: { $0.number == number }) else { throw .noTicket }
            kind = .takeBack(number, as: held.startedAt == nil ? .called : .serving)
        case .transfer(let line):
            kind = .transfer(try current([.called, .serving]), toLine: line)
        case .pause(let reason):
            try idle()
            kind = .pause(reason)
        case .resume:
            guard status.paused != nil else { throw .notNow(.waiting) }
            kind = .resume
        }
        return CounterChange(kind: kind, officer: officer)
    }
}
