import Foundation
import KioskConfiguration
import ProcedureCatalog

/// Where a center's queue tickets are kept: the kiosk's own SQLite file, or the hall's PostgreSQL server that
/// every kiosk, counter and board shares. Numbers are unique per queue and day however many kiosks issue at
/// once: each take is one transaction on the store. The store calls by the hall's `QueuePolicy` (given when
/// it is opened) through `CallOrder`, the same on every store.
public protocol QueueStore: Sendable {
    /// Issues the queue's next number today (`day` is the center's local day, "2026-12-03"); a booking that
    /// cannot be used throws `BookingRefusal` (nothing issued, nothing used).
    func take(_ request: TicketRequest, day: String, at time: Date) throws -> IssuedTicket
    /// The ticket `CallOrder` chooses among those waiting in `lines`, now called to `counter`; nil when
    /// nobody waits.
    func call(counter: Int, lines: [String], day: String, at time: Date) throws -> CalledTicket?
    /// The counter's last call today, called again now (the board shows and says it again); nil when the
    /// counter has called nobody today.
    func recall(counter: Int, day: String, at time: Date) throws -> CalledTicket?
    /// The board: who each counter serves, how many wait per line, and for `lines` a newcomer's wait.
    func board(day: String, lines: [QueueLine], at time: Date) throws -> QueueBoard
    /// Adds bookings from the booking system; one already there with the same code is replaced unless it has
    /// been used. Returns how many were added, replaced, and left (used).
    func importBookings(_ bookings: [Booking]) throws -> BookingImport
    /// A booking by its code, with whether it has been used.
    func booking(_ code: BookingCode) throws -> StoredBooking?
}

/// What importing bookings did.
public struct BookingImport: Sendable, Equatable, Codable {
    public var added = 0
    public var replaced = 0
    /// Codes already used at the hall: kept as they are.
    public var used = 0

    public init(added: Int = 0, replaced: Int = 0, used: Int = 0) {
        self.added = added
        self.replaced = replaced
        self.used = used
    }
}

extension QueueStore {
    /// A walk-in's regular number.
    public func take(_ line: QueueLine, procedure: String?, day: String, at time: Date) throws -> IssuedTicket {
        try take(.walkIn(line, procedure: procedure), day: day, at: time)
    }

    public func call(counter: Int, line: QueueLine, day: String, at time: Date) throws -> CalledTicket? {
        try call(counter: counter, lines: [line.prefix], day: day, at: time)
    }

    /// The board without waits (who is served, how many wait).
    public func board(day: String) throws -> QueueBoard { try board(day: day, lines: [], at: Date()) }
}
