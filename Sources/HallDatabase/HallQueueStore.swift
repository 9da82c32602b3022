import Foundation
import KioskConfiguration
import PostgresNIO
import ProcedureCatalog
import QueueTickets

/// The hall's queue on its server: one numbering for every kiosk of the hall, the counters' calls and the
/// boards' state. Times are the server's clock, so service times measured at different counters compare
/// (the simulated day alone runs on the caller's clock). Which ticket a counter calls is `CallOrder`'s choice,
/// made under a transaction-wide lock on the hall's calls, so two counters calling at once take two tickets
/// and each the one the rule gives it.
public struct HallQueueStore: QueueStore {
    /// Whose clock stamps tickets: the server's (a hall), or the `at` the caller passes (the simulated day).
    public enum Clock: Sendable {
        case server
        case caller
    }

    public let server: HallServer
    public let policy: QueuePolicy
    public let clock: Clock

    public init(server: HallServer, policy: QueuePolicy = .shipped, clock: Clock = .server) {
        self.server = server
        self.policy = policy
        self.clock = clock
    }

    /// The time bound into a statement as `coalesce(to_timestamp($n), now())`: nil (the server's now) unless
    /// the caller's clock rules.
    func stamp(_ time: Date) -> Double? { clock == .caller ? time.timeIntervalSince1970 : nil }

    public func take(_ request: TicketRequest, day: String, at time: Date) throws -> IssuedTicket {
        let (t, policy) = (stamp(time), policy)
        let result: Result<IssuedTicket, BookingRefusal> = try server.client.call(within: server.deadline) { client in
            try await client.withTransaction(logger: HallServer.quiet) { connection in
                let now = try await Self.now(connection, t)
                let stored = try await TicketPlacement.code(of: request).asyncMap { try await Self.booking(connection, $0, lock: true) }
                let placed: TicketPlacement
                do {
                    placed = try TicketPlacement.place(request, stored: stored ?? nil, day: day, at: now, policy: policy)
                } catch let refusal as BookingRefusal {
                    return .failure(refusal)
                }
                let prefix = placed.line.prefix
                let numbered = try await connection.query("""
                    WITH next AS (
                        INSERT INTO queue_counts (day, prefix, last) VALUES (\(day)::date, \(prefix), 1)
                        ON CONFLICT (day, prefix) DO UPDATE SET last = queue_counts.last + 1 RETURNING last)
                    INSERT INTO queue_tickets (day, prefix, number, procedure, line, taken_at, kind, priority_group, booking, slot_start)
                    SELECT \(day)::date, \(prefix), last, \(placed.procedure), \(prefix), to_timestamp(\(now.timeIntervalSince1970)),
                        \(placed.kind.rawValue), \(placed.priorityGroup), \(placed.booking?.text),
                        to_timestamp(\(placed.callSlot?.timeIntervalSince1970)) FROM next
                    RETURNING number
                    """, logger: HallServer.quiet).collect()
                guard let sequence = try numbered.first?.decode(Int32.self) else { throw HallError.server("no number returned") }
                let number = TicketNumber(prefix: prefix, sequence: Int(sequence))
                if let code = placed.booking {
                    try await connection.query("""
                        UPDATE queue_bookings SET used_at = to_timestamp(\(now.timeIntervalSince1970)), prefix = \(prefix),
                            number = \(sequence) WHERE code = \(code.text)
                        """, logger: HallServer.quiet)
                }
                let state = try await Self.lineState(connection, line: placed.line, day: day, at: now)
                let (ahead, outlook) = state.outlook(for: number, policy: policy, at: now)
                try await connection.query("""
                    UPDATE queue_tickets SET estimate_low = \(outlook.range.map { Int32($0.low) }),
                        estimate_high = \(outlook.range.map { Int32($0.high) })
                    WHERE day = \(day)::date AND prefix = \(prefix) AND number = \(sequence)
                    """, logger: HallServer.quiet)
                return .success(IssuedTicket(number: number, counters: placed.line.counters, kind: placed.kind,
                                             priorityGroup: placed.priorityGroup, slot: placed.slot,
                                             lateBooking: placed.lateBooking, ahead: ahead, takenAt: now, outlook: outlook))
            }
        }
        return try result.get()
    }

    public func call(counter: Int, lines: [String], day: String, at time: Date) throws -> CalledTicket? {
        let (t, policy) = (stamp(time), policy)
        return try server.client.call(within: server.backgroundDeadline) { client in
            try await client.withTransaction(logger: HallServer.quiet) { connection in
                try await Self.lockCalls(connection)
                let now = try await Self.now(connection, t)
                guard let next = try await Self.chooseNext(connection, lines: lines, day: day, at: now, policy: policy) else {
                    return nil
                }
                try await connection.query("""
                    UPDATE queue_tickets SET counter = \(Int32(counter)), called_at = to_timestamp(\(now.timeIntervalSince1970)),
                        state = 'called'
                    WHERE day = \(day)::date AND prefix = \(next.number.prefix) AND number = \(Int32(next.number.sequence))
                    """, logger: HallServer.quiet)
                return CalledTicket(number: next.number, counter: counter, calledAt: now, kind: next.kind)
            }
        }
    }

    public func recall(counter: Int, day: String, at time: Date) throws -> CalledTicket? {
        let t = stamp(time)
        return try server.client.call(within: server.backgroundDeadline) { client in
            let rows = try await client.query("""
                UPDATE queue_tickets SET called_at = coalesce(to_timestamp(\(t)), now())
                WHERE (day, prefix, number) = (
                    SELECT day, prefix, number FROM queue_tickets
                    WHERE day = \(day)::date AND counter = \(Int32(counter)) AND called_at IS NOT NULL
                    ORDER BY called_at DESC LIMIT 1 FOR UPDATE)
                RETURNING prefix, number, extract(epoch FROM called_at)::float8, kind
                """, logger: HallServer.quiet).collect()
            guard let (prefix, number, called, kind) = try rows.first?.decode((String, Int32, Double, String).self) else {
                return nil
            }
            return CalledTicket(number: TicketNumber(prefix: prefix, sequence: Int(number)), counter: counter,
                                calledAt: Date(timeIntervalSince1970: called), kind: TicketKind(rawValue: kind) ?? .regular)
        }
    }

    public func board(day: String, lines: [QueueLine], at time: Date) throws -> QueueBoard {
        let (t, policy) = (stamp(time), policy)
        return try server.client.call(within: server.deadline) { client in
            try await client.withConnection { connection in
                let served = try await connection.query("""
                    SELECT DISTINCT ON (counter) counter, prefix, number, extract(epoch FROM called_at)::float8, kind
                    FROM queue_tickets WHERE day = \(day)::date AND called_at IS NOT NULL
                    ORDER BY counter, called_at DESC
                    """, logger: HallServer.quiet)
                var serving: [CalledTicket] = []
                for try await (counter, prefix, number, called, kind) in served.decode((Int32, String, Int32, Double, String).self) {
                    serving.append(CalledTicket(number: TicketNumber(prefix: prefix, sequence: Int(number)),
                                                counter: Int(counter), calledAt: Date(timeIntervalSince1970: called),
                                                kind: TicketKind(rawValue: kind) ?? .regular))
                }
                let counts = try await connection.query("""
                    SELECT line, count(*)::int4 FROM queue_tickets WHERE day = \(day)::date AND called_at IS NULL
                    GROUP BY line
                    """, logger: HallServer.quiet)
                var waiting: [String: Int] = [:]
                for try await (prefix, count) in counts.decode((String, Int32).self) { waiting[prefix] = Int(count) }
                var outlook: [String: WaitOutlook] = [:]
                if !lines.isEmpty {
                    let now = try await Self.now(connection, t)
                    for line in lines {
                        outlook[line.prefix] = try await Self.lineState(connection, line: line, day: day, at: now)
                            .outlook(ahead: waiting[line.prefix] ?? 0, regular: true, policy: policy)
                    }
                }
                return QueueBoard(serving: serving, waiting: waiting, outlook: outlook)
            }
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
