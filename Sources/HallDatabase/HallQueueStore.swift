import Foundation
import PostgresNIO
import ProcedureCatalog
import QueueTickets

/// The hall's queue on its server: one numbering for every kiosk of the hall, the counters' calls and the
/// boards' state. Times are the server's clock, so service times measured at different counters compare.
public struct HallQueueStore: QueueStore {
    public let server: HallServer

    public init(server: HallServer) {
        self.server = server
    }

    public func take(_ line: QueueLine, procedure: String?, day: String, at time: Date) throws -> IssuedTicket {
        let prefix = line.prefix
        return try server.client.call(within: server.deadline) { client in
            try await client.withTransaction(logger: HallServer.quiet) { connection in
                let numbered = try await connection.query("""
                    WITH next AS (
                        INSERT INTO queue_counts (day, prefix, last) VALUES (\(day)::date, \(prefix), 1)
                        ON CONFLICT (day, prefix) DO UPDATE SET last = queue_counts.last + 1 RETURNING last)
                    INSERT INTO queue_tickets (day, prefix, number, procedure, line)
                    SELECT \(day)::date, \(prefix), last, \(procedure), \(prefix) FROM next
                    RETURNING number, extract(epoch FROM taken_at)::float8
                    """, logger: HallServer.quiet).collect()
                guard let (number, taken) = try numbered.first?.decode((Int32, Double).self) else {
                    throw HallError.server("no number returned")
                }
                let ahead = try await connection.query("""
                    SELECT count(*)::int4 FROM queue_tickets
                    WHERE day = \(day)::date AND line = \(prefix) AND called_at IS NULL AND NOT (prefix = \(prefix) AND number = \(number))
                    """, logger: HallServer.quiet).collect().first?.decode(Int32.self) ?? 0
                let calls = try await Self.calls(prefix: prefix, day: day, connection)
                return IssuedTicket(number: TicketNumber(prefix: prefix, sequence: Int(number)), counters: line.counters,
                                    ahead: Int(ahead), takenAt: Date(timeIntervalSince1970: taken),
                                    estimate: WaitEstimate.make(ahead: Int(ahead), calls: calls))
            }
        }
    }

    public func call(counter: Int, line: QueueLine, day: String, at time: Date) throws -> CalledTicket? {
        let prefix = line.prefix
        return try server.client.call(within: server.backgroundDeadline) { client in
            // SKIP LOCKED: two counters calling at once take two different tickets, neither waits for the other.
            let rows = try await client.query("""
                UPDATE queue_tickets SET counter = \(Int32(counter)), called_at = now(), state = 'called'
                WHERE (day, prefix, number) = (
                    SELECT day, prefix, number FROM queue_tickets
                    WHERE day = \(day)::date AND line = \(prefix) AND called_at IS NULL
                    ORDER BY taken_at, prefix, number LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING prefix, number, extract(epoch FROM called_at)::float8
                """, logger: HallServer.quiet).collect()
            guard let (called_prefix, number, called) = try rows.first?.decode((String, Int32, Double).self) else { return nil }
            return CalledTicket(number: TicketNumber(prefix: called_prefix, sequence: Int(number)), counter: counter,
                                calledAt: Date(timeIntervalSince1970: called))
        }
    }

    public func recall(counter: Int, day: String, at time: Date) throws -> CalledTicket? {
        try server.client.call(within: server.backgroundDeadline) { client in
            let rows = try await client.query("""
                UPDATE queue_tickets SET called_at = now()
                WHERE (day, prefix, number) = (
                    SELECT day, prefix, number FROM queue_tickets
                    WHERE day = \(day)::date AND counter = \(Int32(counter)) AND called_at IS NOT NULL
                    ORDER BY called_at DESC LIMIT 1 FOR UPDATE)
                RETURNING prefix, number, extract(epoch FROM called_at)::float8
                """, logger: HallServer.quiet).collect()
            guard let (prefix, number, called) = try rows.first?.decode((String, Int32, Double).self) else { return nil }
            return CalledTicket(number: TicketNumber(prefix: prefix, sequence: Int(number)), counter: counter,
                                calledAt: Date(timeIntervalSince1970: called))
        }
    }

    public func board(day: String) throws -> QueueBoard {
        try server.client.call(within: server.deadline) { client in
            let served = try await client.query("""
                SELECT DISTINCT ON (counter) counter, prefix, number, extract(epoch FROM called_at)::float8
                FROM queue_tickets WHERE day = \(day)::date AND called_at IS NOT NULL
                ORDER BY counter, called_at DESC
                """, logger: HallServer.quiet)
            var serving: [CalledTicket] = []
            for try await (counter, prefix, number, called) in served.decode((Int32, String, Int32, Double).self) {
                serving.append(CalledTicket(number: TicketNumber(prefix: prefix, sequence: Int(number)),
                                            counter: Int(counter), calledAt: Date(timeIntervalSince1970: called)))
            }
            let counts = try await client.query("""
                SELECT line, count(*)::int4 FROM queue_tickets WHERE day = \(day)::date AND called_at IS NULL
                GROUP BY line
                """, logger: HallServer.quiet)
            var waiting: [String: Int] = [:]
            for try await (prefix, count) in counts.decode((String, Int32).self) { waiting[prefix] = Int(count) }
            return QueueBoard(serving: serving, waiting: waiting)
        }
    }

    private static func calls(prefix: String, day: String, _ connection: PostgresConnection) async throws
        -> [(counter: Int, at: Date)]
    {
        let rows = try await connection.query("""
            SELECT counter, extract(epoch FROM called_at)::float8 FROM queue_tickets
            WHERE day = \(day)::date AND line = \(prefix) AND called_at IS NOT NULL
            """, logger: HallServer.quiet)
        var calls: [(counter: Int, at: Date)] = []
        for try await (counter, at) in rows.decode((Int32, Double).self) {
            calls.append((Int(counter), Date(timeIntervalSince1970: at)))
        }
        return calls
    }
}
