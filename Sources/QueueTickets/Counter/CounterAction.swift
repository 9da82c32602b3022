import Foundation

/// What an officer does at a counter (the terminal's keys, `kiosk counter ACTION`).
public enum CounterAction: Equatable, Sendable {
    /// The ticket the hall's calling rule (`CallOrder`) chooses among those waiting in the counter's lines.
    case callNext
    /// The ticket called, called again.
    case recall
    /// The ticket called did not come.
    case absent
    case startService
    /// The service ended; with the case received, its receipt number ties the ticket to it.
    case finish(receipt: String?)
    /// The ticket steps aside (a paper to fetch) and the counter may call the next.
    case hold
    /// A held ticket back to the counter.
    case takeBack(TicketNumber)
    /// The ticket to another line, where it waits in its place by the time it was taken.
    case transfer(toLine: String)
    case pause(PauseReason)
    case resume
}

/// Why an officer's action was not done: said on the terminal and by the command, nothing changed.
public enum CounterRefusal: Error, Equatable, Sendable {
    /// Nobody is signed in at the counter.
    case notSignedIn
    /// The counter is paused: resume first.
    case paused
    /// There is no ticket for this (nothing called, nothing held with that number).
    case noTicket
    /// The ticket is not in a state for this ("start" on a ticket already served).
    case notNow(TicketState)
    /// A line no counter calls.
    case unknownLine(String)
    /// A call with nobody waiting.
    case nobodyWaiting
    /// A ticket still at the counter: finish it, mark it absent, hold or transfer it first.
    case busy(TicketNumber)
}

/// How a sign-in at a counter went.
public enum SignInOutcome: Equatable, Sendable {
    case signedIn(Officer)
    case unknownOfficer
    /// A wrong PIN; the officer's count goes on across counters and restarts.
    case wrongPIN
    /// Too many wrong PINs: no sign-in until then (or an operator's `kiosk officers unlock`).
    case paused(until: Date)
    case locked(until: Date)
    /// Signed in at another counter: refused here.
    case elsewhere(counter: Int)
    /// Another officer is signed in at this counter.
    case counterTaken(by: StaffNumber)
}
