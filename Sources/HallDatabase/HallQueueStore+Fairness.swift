import Foundation
import KioskConfiguration
import PostgresNIO
import ProcedureCatalog
import QueueTickets

/// Bookings on the hall server, and the reads a ticket's place and wait are made from (as the SQLite store
/// reads them, for `CallOrder` and `LineState`).
extension HallQueueStore {
    public func importBookings(_ bookings: [Booking]) throws -> BookingImport {
        try server.client.call(within: server.backgroundDeadline) { client in
            try await client.withTransaction(logger: HallServer.quiet) { connection in
                var result = BookingImport()
                for booking in bookings {
                    switch try await Self.booking(connection, booking.code, lock: true) {
                    case let stored? where stored.usedAt != nil: result.used += 1; continue
                    case let stored?: if stored.booking != booking { result.replaced += 1 }
                    case nil: result.added += 1
                    }
                    try await connection.query("""
                        INSERT INTO queue_bookings (code, line, procedure, day, slot_start, slot_end, initials)
                        VALUES (\(booking.code.text), \(booking.line), \(booking.procedure), \(booking.day)::date,
                            to_timestamp(\(booking.slotStart.timeIntervalSince1970)), to_timestamp(\(booking.slotEnd.timeIntervalSince1970)),
                            \(booking.initials))
                        ON CONFLICT (code) DO UPDATE SET line = excluded.line, procedure = excluded.procedure, day = excluded.day,
                            slot_start = excluded.slot_start, slot_end = excluded.slot_end, initials = excluded.initials
                        """, logger: HallServer.quiet)
                }
                return result
            }
        }
    }

    public func booking(_ code: BookingCode) throws -> StoredBooking? {
        try server.client.call(within: server.deadline) { client in
            try await client.withConnection { try await Self.booking($0, code, lock: false) }
        }
    }

    static func booking(_ connection: PostgresConnection, _ code: BookingCode, lock: Bool) async throws -> StoredBooking? {
        let rows = try await connection.query("""
            SELECT line, procedure, day::text, extract(epoch FROM slot_start)::float8, extract(epoch FROM slot_end)::float8,
                initials, extract(epoch FROM used_at)::float8 FROM queue_bookings WHERE code = \(code.text)
            \(unescaped: lock ? "FOR UPDATE" : "")
            """, logger: HallServer.quiet).collect()
        guard let (line, procedure, day, start, end, initials, used) =
            try rows.first?.decode((String, String?, String, Double, Double, String, Double?).self) else { return nil }
        return StoredBooking(booking: Booking(code: code, line: line, procedure: procedure, day: day,
                                              slotStart: Date(timeIntervalSince1970: start),
                                              slotEnd: Date(timeIntervalSince1970: end), initials: initials),
                             usedAt: used.map(Date.init(timeIntervalSince1970:)))
    }

    /// The moment of an action: the caller's time, or the server's clock now (not the transaction's start: a
    /// call that waited for the hall's call lock is stamped when it is made, so calls' times keep their order).
    static func now(_ connection: PostgresConnection, _ stamp: Double?) async throws -> Date {
        let rows = try await connection.query("SELECT extract(epoch FROM coalesce(to_timestamp(\(stamp)), clock_timestamp()))::float8",
                                              logger: HallServer.quiet).collect()
        return Date(timeIntervalSince1970: try rows.first?.decode(Double.self) ?? Date().timeIntervalSince1970)
    }

    /// Calls are made one at a time across the hall (a transaction-wide advisory lock, taken before the call's
    /// moment is read): the rule needs the whole line, not the first row free.
    static func lockCalls(_ connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(callLock))", logger: HallServer.quiet)
    }

    /// The ticket `CallOrder` calls next among those waiting in `lines` (under `lockCalls`).
    static func chooseNext(_ connection: PostgresConnection, lines: [String], day: String, at time: Date,
                           policy: QueuePolicy) async throws -> WaitingTicket? {
        CallOrder.next(try await waiting(connection, lines: lines, day: day),
                              recentCalls: try await recentCalls(connection, lines: lines, day: day), policy: policy, at: time)
    }

    /// The advisory lock key of the hall's calls ("QCALL").
    static let callLock: Int64 = 0x51_43_41_4C_4C

    static func waiting(_ connection: PostgresConnection, lines: [String], day: String) async throws -> [WaitingTicket] {
        let rows = try await connection.query("""
            SELECT prefix, number, kind, extract(epoch FROM taken_at)::float8, extract(epoch FROM slot_start)::float8
            FROM queue_tickets WHERE day = \(day)::date AND called_at IS NULL AND line = ANY(\(lines))
            """, logger: HallServer.quiet)
        var waiting: [WaitingTicket] = []
        for try await (prefix, number, kind, taken, slot) in rows.decode((String, Int32, String, Double, Double?).self) {
            waiting.append(WaitingTicket(number: TicketNumber(prefix: prefix, sequence: Int(number)),
                                         kind: TicketKind(rawValue: kind) ?? .regular, takenAt: Date(timeIntervalSince1970: taken),
                                         slotStart: slot.map(Date.init(timeIntervalSince1970:))))
        }
        return waiting
    }

    static func recentCalls(_ connection: PostgresConnection, lines: [String], day: String) async throws -> [TicketKind] {
        let rows = try await connection.query("""
            SELECT kind FROM queue_tickets WHERE day = \(day)::date AND called_at IS NOT NULL AND line = ANY(\(lines))
            ORDER BY called_at DESC LIMIT 41
            """, logger: HallServer.quiet)
        var kinds: [TicketKind] = []
        for try await kind in rows.decode(String.self) { kinds.append(TicketKind(rawValue: kind) ?? .regular) }
        return kinds
    }

    static func lineState(_ connection: PostgresConnection, line: QueueLine, day: String, at time: Date) async throws -> LineState {
        var services: [TimeInterval] = []
        for try await seconds in try await connection.query("""
            SELECT extract(epoch FROM finished_at - coalesce(started_at, called_at))::float8 FROM queue_tickets
            WHERE day = \(day)::date AND line = \(line.prefix) AND state = 'finished' AND finished_at IS NOT NULL
            """, logger: HallServer.quiet).decode(Double.self) {
            services.append(seconds)
        }
        var calls: [(counter: Int, at: Date)] = []
        for try await (counter, at) in try await connection.query("""
            SELECT counter, extract(epoch FROM called_at)::float8 FROM queue_tickets
            WHERE day = \(day)::date AND line = \(line.prefix) AND called_at IS NOT NULL
            """, logger: HallServer.quiet).decode((Int32, Double).self) {
            calls.append((Int(counter), Date(timeIntervalSince1970: at)))
        }
        if services.isEmpty { services = LineState.intervals(calls) }
        var sessions: [(counter: Int, paused: String?)] = []
        for try await (counter, paused) in try await connection.query("SELECT counter, paused FROM counter_sessions",
                                                                        logger: HallServer.quiet).decode((Int32, String?).self) {
            sessions.append((Int(counter), paused))
        }
        let open = sessions.isEmpty ? LineState.openFromCalls(calls, counters: line.counters, at: time)
            : Set(sessions.filter { $0.paused == nil }.map(\.counter)).intersection(line.counters).count
        let passers = try await connection.query("""
            SELECT count(*)::int4 FROM queue_tickets WHERE day = \(day)::date AND line = \(line.prefix) AND kind <> 'regular'
                AND taken_at >= to_timestamp(\(time.timeIntervalSince1970 - 3600))
            """, logger: HallServer.quiet).collect().first?.decode(Int32.self) ?? 0
        return LineState(waiting: try await waiting(connection, lines: [line.prefix], day: day),
                         recentCalls: try await recentCalls(connection, lines: [line.prefix], day: day), services: services,
                         openCounters: open, passersLastHour: Int(passers))
    }
}
