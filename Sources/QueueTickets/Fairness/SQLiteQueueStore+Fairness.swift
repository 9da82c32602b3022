import Foundation
import GRDB
import KioskConfiguration
import ProcedureCatalog

/// Priority, bookings and waits in the queue's SQLite file: the columns and table they need, and the reads a
/// ticket's place and wait are made from.
extension SQLiteQueueStore {
    /// A ticket's kind and what it was taken with, the estimate it was given (for the report), and the
    /// bookings the booking system sent.
    static func addFairnessColumns(_ db: Database) throws {
        let columns = Set(try Row.fetchAll(db, sql: "PRAGMA table_info(queue_tickets)").map { $0["name"] as String })
        for (name, type) in [("kind", "TEXT NOT NULL DEFAULT 'regular'"), ("priority_group", "TEXT"), ("booking", "TEXT"),
                             ("slot_start", "REAL"), ("estimate_low", "INTEGER"), ("estimate_high", "INTEGER")]
            where !columns.contains(name)
        {
            try db.execute(sql: "ALTER TABLE queue_tickets ADD COLUMN \(name) \(type)")
        }
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS queue_bookings (
                code TEXT PRIMARY KEY, line TEXT NOT NULL, procedure TEXT, day TEXT NOT NULL,
                slot_start REAL NOT NULL, slot_end REAL NOT NULL, initials TEXT NOT NULL,
                used_at REAL, prefix TEXT, number INTEGER);
            CREATE INDEX IF NOT EXISTS queue_bookings_by_day ON queue_bookings (day);
            """)
    }

    public func importBookings(_ bookings: [Booking]) throws -> BookingImport {
        try immediate { db in
            var result = BookingImport()
            for booking in bookings {
                switch try Self.booking(db, booking.code) {
                case let stored? where stored.usedAt != nil: result.used += 1
                case let stored?:
                    if stored.booking != booking { result.replaced += 1 }
                case nil: result.added += 1
                }
                try db.execute(sql: """
                    INSERT INTO queue_bookings (code, line, procedure, day, slot_start, slot_end, initials) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET line = excluded.line, procedure = excluded.procedure, day = excluded.day,
                        slot_start = excluded.slot_start, slot_end = excluded.slot_end, initials = excluded.initials
                    WHERE queue_bookings.used_at IS NULL
                    """, arguments: [booking.code.text, booking.line, booking.procedure, booking.day,
                                     booking.slotStart.timeIntervalSince1970, booking.slotEnd.timeIntervalSince1970,
                                     booking.initials])
            }
            return result
        }
    }

    public func booking(_ code: BookingCode) throws -> StoredBooking? {
        try database.read { db in try Self.booking(db, code) }
    }

    static func booking(_ db: Database, _ code: BookingCode) throws -> StoredBooking? {
        try Row.fetchOne(db, sql: """
            SELECT line, procedure, day, slot_start, slot_end, initials, used_at FROM queue_bookings WHERE code = ?
            """, arguments: [code.text]).map { row in
            StoredBooking(booking: Booking(code: code, line: row["line"], procedure: row["procedure"], day: row["day"],
                                           slotStart: Date(timeIntervalSince1970: row["slot_start"]),
                                           slotEnd: Date(timeIntervalSince1970: row["slot_end"]), initials: row["initials"]),
                          usedAt: (row["used_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
        }
    }

    // MARK: What a ticket's place and wait are made from

    static func kind(_ row: Row) -> TicketKind { (row["kind"] as String?).flatMap(TicketKind.init) ?? .regular }

    static func marks(_ lines: [String]) -> String { lines.map { _ in "?" }.joined(separator: ", ") }

    static func waiting(_ db: Database, lines: [String], day: String) throws -> [WaitingTicket] {
        guard !lines.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT prefix, number, kind, taken_at, slot_start FROM queue_tickets
            WHERE day = ? AND called_at IS NULL AND line IN (\(marks(lines)))
            """, arguments: StatementArguments([day] + lines)).map { row in
            WaitingTicket(number: TicketNumber(prefix: row["prefix"], sequence: row["number"]), kind: kind(row),
                          takenAt: Date(timeIntervalSince1970: row["taken_at"]),
                          slotStart: (row["slot_start"] as Double?).map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// The kinds of the last calls in `lines` today, latest first: enough for any one-in-N rule.
    static func recentCalls(_ db: Database, lines: [String], day: String) throws -> [TicketKind] {
        guard !lines.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT kind FROM queue_tickets WHERE day = ? AND called_at IS NOT NULL AND line IN (\(marks(lines)))
            ORDER BY called_at DESC LIMIT 41
            """, arguments: StatementArguments([day] + lines)).map(kind)
    }

    static func lineState(_ db: Database, line: QueueLine, day: String, at time: Date) throws -> LineState {
        let lines = [line.prefix]
        var services = try Row.fetchAll(db, sql: """
            SELECT coalesce(started_at, called_at) AS began, finished_at FROM queue_tickets
            WHERE day = ? AND line = ? AND state = 'finished' AND finished_at IS NOT NULL
            """, arguments: [day, line.prefix]).map { ($0["finished_at"] as Double) - ($0["began"] as Double) }
        let calls = try Row.fetchAll(db, sql: """
            SELECT counter, called_at FROM queue_tickets WHERE day = ? AND line = ? AND called_at IS NOT NULL
            """, arguments: [day, line.prefix]).map { (counter: $0["counter"] as Int, at: Date(timeIntervalSince1970: $0["called_at"])) }
        if services.isEmpty { services = LineState.intervals(calls) }
        let passers = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM queue_tickets WHERE day = ? AND line = ? AND kind != 'regular' AND taken_at >= ?
            """, arguments: [day, line.prefix, time.timeIntervalSince1970 - 3600]) ?? 0
        return LineState(waiting: try waiting(db, lines: lines, day: day), recentCalls: try recentCalls(db, lines: lines, day: day),
                         services: services, openCounters: try openCounters(db, line: line, calls: calls, at: time),
                         passersLastHour: passers)
    }

    /// The line's counters signed in and not paused; where no officer signs in at all (counters that only
    /// call), those that called in the last half hour.
    static func openCounters(_ db: Database, line: QueueLine, calls: [(counter: Int, at: Date)], at time: Date) throws -> Int {
        let sessions = try Row.fetchAll(db, sql: "SELECT counter, paused FROM counter_sessions")
        if !sessions.isEmpty {
            return Set(sessions.filter { ($0["paused"] as String?) == nil }.map { $0["counter"] as Int })
                .intersection(line.counters).count
        }
        return LineState.openFromCalls(calls, counters: line.counters, at: time)
    }
}
