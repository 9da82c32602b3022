import Foundation
import ProcedureCatalog

/// Where a center's queue tickets are kept: the kiosk's own SQLite file, or the hall's PostgreSQL server that
/// every kiosk, counter and board shares. Numbers are unique per queue and day however many kiosks issue at
/// once: each take is one transaction on the store.
public protocol QueueStore: Sendable {
    /// Issues the queue's next number today (`day` is the center's local day, "2026-12-03").
    func take(_ line: QueueLine, procedure: String?, day: String, at time: Date) throws -> IssuedTicket
    /// The queue's first waiting ticket, now called to `counter`; nil when nobody waits.
    func call(counter: Int, line: QueueLine, day: String, at time: Date) throws -> CalledTicket?
    /// The counter's last call today, called again now (the board shows and says it again); nil when the
    /// counter has called nobody today.
    func recall(counter: Int, day: String, at time: Date) throws -> CalledTicket?
    func board(day: String) throws -> QueueBoard
}
