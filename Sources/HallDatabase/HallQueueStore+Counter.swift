import Foundation
import KioskConfiguration
import ProcedureCatalog
import PostgresNIO
import QueueTickets

/// The counter desk on the hall server: every counter's terminal, citizen's side and `kiosk counter` share it.
/// An action is one transaction that first locks the counter's session row (two actions at one counter go one
/// after the other); a call takes the first waiting ticket with SKIP LOCKED, so two counters calling at once
/// take two different tickets. Ticket times are the server's clock.
extension HallQueueStore: CounterStore {
    public func saveOfficer(_ officer: Officer, pinHash: String) throws -> Bool {
        let (staff, name) = (officer.staffNumber.text, officer.name)
        return try server.client.call(within: server.backgroundDeadline) { client in
            let rows = try await client.query("""
                INSERT INTO officers (staff_number, name, pin_hash) VALUES (\(staff), \(name), \(pinHash))
                ON CONFLICT (staff_number) DO UPDATE SET name = excluded.name, pin_hash = excluded.pin_hash, failures = '{}'
                RETURNING (xmax = 0)
                """, logger: HallServer.quiet).collect()
            return try rows.first?.decode(Bool.self) ?? false
        }
    }

    public func removeOfficer(_ staffNumber: StaffNumber) throws -> Bool {
        let staff = staffNumber.text
        return try server.client.call(within: server.backgroundDeadline) { client in
            let rows = try await client.query("DELETE FROM officers WHERE staff_number = \(staff) RETURNING 1",
                                              logger: HallServer.quiet).collect()
            return !rows.isEmpty
        }
    }

    public func officers() throws -> [Officer] {
        try server.client.call(within: server.deadline) { client in
            let rows = try await client.query("SELECT staff_number, name FROM officers ORDER BY staff_number",
                                              logger: HallServer.quiet)
            var officers: [Officer] = []
            for try await (staff, name) in rows.decode((String, String).self) {
                if let number = StaffNumber(staff) { officers.append(Officer(staffNumber: number, name: name)) }
            }
            return officers
        }
    }

    public func unlockOfficer(_ staffNumber: StaffNumber) throws -> Bool {
        let staff = staffNumber.text
        return try server.client.call(within: server.backgroundDeadline) { client in
            let rows = try await client.query("UPDATE officers SET failures = '{}' WHERE staff_number = \(staff) RETURNING 1",
                                              logger: HallServer.quiet).collect()
            return !rows.isEmpty
        }
    }

    public func signIn(_ staffNumber: StaffNumber, pin: String, counter: Int, day: String, at time: Date) throws -> SignInOutcome {
        let (staff, t) = (staffNumber.text, stamp(time))
        return try server.client.call(within: server.backgroundDeadline) { client in
            try await client.withTransaction(logger: HallServer.quiet) { connection in
                let found = try await connection.query("""
                    SELECT name, pin_hash, failures FROM officers WHERE staff_number = \(staff) FOR UPDATE
                    """, logger: HallServer.quiet).collect()
                guard let (name, hash, failures) = try found.first?.decode((String, String, String).self) else {
                    return .unknownOfficer
                }
                var sessions: [(counter: Int, staff: String)] = []
                for try await (number, signed) in try await connection.query("""
                    SELECT counter, staff_number FROM counter_sessions WHERE counter = \(Int32(counter)) OR staff_number = \(staff)
                    """, logger: HallServer.quiet).decode((Int32, String).self) {
                    sessions.append((Int(number), signed))
                }
                let outcome = OfficerPINCheck(failures: failures, pinHash: hash)
                    .outcome(pin: pin, at: time, officer: Officer(staffNumber: staffNumber, name: name), sessions: sessions,
                             counter: counter)
                try await connection.query("UPDATE officers SET failures = \(outcome.failures) WHERE staff_number = \(staff)",
                                           logger: HallServer.quiet)
                if case .signedIn = outcome.result {
                    try await connection.query("""
                        INSERT INTO counter_sessions (counter, staff_number) VALUES (\(Int32(counter)), \(staff))
                        ON CONFLICT (counter) DO NOTHING
                        """, logger: HallServer.quiet)
                    try await Self.record(connection, "sign_in", counter: counter, staff: staff, day: day,
                                          at: try await Self.now(connection, t))
                }
                return outcome.result
            }
        }
    }

    public func signOut(counter: Int, day: String, at time: Date) throws -> Officer? {
        let t = stamp(time)
        return try server.client.call(within: server.backgroundDeadline) { client in
            try await client.withTransaction(logger: HallServer.quiet) { connection in
                let rows = try await connection.query("""
                    DELETE FROM counter_sessions s USING officers o
                    WHERE s.counter = \(Int32(counter)) AND o.staff_number = s.staff_number RETURNING o.staff_number, o.name
                    """, logger: HallServer.quiet).collect()
                guard let (staff, name) = try rows.first?.decode((String, String).self), let number = StaffNumber(staff) else {
                    return nil
                }
                try await Self.record(connection, "sign_out", counter: counter, staff: staff, day: day,
                                      at: try await Self.now(connection, t))
                return Officer(staffNumber: number, name: name)
            }
        }
    }

    public func status(counter: Int, lines: [String], day: String) throws -> CounterStatus {
        let (t, policy) = (stamp(Date()), policy)
        return try server.client.call(within: server.deadline) { client in
            try await client.withConnection { connection in
                try await Self.status(connection, counter: counter, lines: lines, day: day, at: try await Self.now(connection, t),
                                      policy: policy)
            }
        }
    }

    public func perform(_ action: CounterAction, counter: Int, lines: [String], day: String, at time: Date) throws -> CounterStatus {
        let (t, policy) = (stamp(time), policy)
        let result: Result<CounterStatus, CounterRefusal> = try server.client.call(within: server.backgroundDeadline) { client in
            try await client.withTransaction(logger: HallServer.quiet) { connection in
                try await connection.query("SELECT 1 FROM counter_sessions WHERE counter = \(Int32(counter)) FOR UPDATE",
                                           logger: HallServer.quiet)
                if action == .callNext { try await Self.lockCalls(connection) }
                let now = try await Self.now(connection, t)
                let before = try await Self.status(connection, counter: counter, lines: lines, day: day, at: now, policy: policy)
                let change: CounterChange
                do {
                    change = try CounterRules.change(action, before, at: time)
                } catch let refusal as CounterRefusal {
                    return .failure(refusal)
                }
                if let refusal = try await Self.apply(change, connection, counter: counter, lines: lines, day: day, at: now,
                                                      policy: policy) {
                    return .failure(refusal)
                }
                return .success(try await Self.status(connection, counter: counter, lines: lines, day: day, at: now, policy: policy))
            }
        }
        return try result.get()
    }

    // MARK: Writing a change

    /// Writes the change; a refusal only when a call finds nobody (nothing was written then).
    private static func apply(_ change: CounterChange, _ connection: PostgresConnection, counter: Int, lines: [String],
                              day: String, at time: Date, policy: QueuePolicy) async throws -> CounterRefusal?
    {
        let staff = change.officer.staffNumber.text
        let place = Int32(counter)
        let now = time.timeIntervalSince1970
        switch change.kind {
        case .call:
            guard let next = try await chooseNext(connection, lines: lines, day: day, at: time, policy: policy) else {
                return .nobodyWaiting
            }
            try await connection.query("""
                UPDATE queue_tickets SET state = 'called', counter = \(place), called_at = to_timestamp(\(now)), officer = \(staff)
                WHERE day = \(day)::date AND prefix = \(next.number.prefix) AND number = \(Int32(next.number.sequence))
                """, logger: HallServer.quiet)
            try await record(connection, "call", counter: counter, staff: staff, ticket: next.number, day: day, at: time)
            return nil
        case .recall(let t):
            try await connection.query("UPDATE queue_tickets SET called_at = to_timestamp(\(now)) WHERE day = \(day)::date AND prefix = \(t.prefix) AND number = \(Int32(t.sequence))", logger: HallServer.quiet)
        case .absent(let t):
            try await connection.query("UPDATE queue_tickets SET state = 'absent', finished_at = to_timestamp(\(now)) WHERE day = \(day)::date AND prefix = \(t.prefix) AND number = \(Int32(t.sequence))",
                                       logger: HallServer.quiet)
        case .start(let t):
            try await connection.query("UPDATE queue_tickets SET state = 'serving', started_at = to_timestamp(\(now)) WHERE day = \(day)::date AND prefix = \(t.prefix) AND number = \(Int32(t.sequence))",
                                       logger: HallServer.quiet)
        case .finish(let t, let receipt):
            try await connection.query("""
                UPDATE queue_tickets SET state = 'finished', finished_at = to_timestamp(\(now)), started_at = coalesce(started_at, called_at),
                receipt = \(receipt) WHERE day = \(day)::date AND prefix = \(t.prefix) AND number = \(Int32(t.sequence))
                """, logger: HallServer.quiet)
        case .hold(let t):
            try await connection.query("UPDATE queue_tickets SET state = 'held' WHERE day = \(day)::date AND prefix = \(t.prefix) AND number = \(Int32(t.sequence))", logger: HallServer.quiet)
        case .takeBack(let t, let state):
            try await connection.query("UPDATE queue_tickets SET state = \(state.rawValue) WHERE day = \(day)::date AND prefix = \(t.prefix) AND number = \(Int32(t.sequence))",
                                       logger: HallServer.quiet)
        case .transfer(let t, let line):
            try await connection.query("""
                UPDATE queue_tickets SET state = 'waiting', line = \(line), counter = NULL, called_at = NULL, started_at = NULL,
                officer = NULL WHERE day = \(day)::date AND prefix = \(t.prefix) AND number = \(Int32(t.sequence))
                """, logger: HallServer.quiet)
        case .pause(let reason):
            try await connection.query("UPDATE counter_sessions SET paused = \(reason.rawValue) WHERE counter = \(place)",
                                       logger: HallServer.quiet)
        case .resume:
            try await connection.query("UPDATE counter_sessions SET paused = NULL WHERE counter = \(place)", logger: HallServer.quiet)
        }
        try await record(connection, change.event, counter: counter, staff: staff, reason: change.reason, ticket: change.ticket,
                         day: day, at: time)
        return nil
    }

    static func record(_ connection: PostgresConnection, _ kind: String, counter: Int, staff: String?, reason: String? = nil,
                       ticket: TicketNumber? = nil, day: String, at time: Date) async throws {
        try await connection.query("""
            INSERT INTO counter_events (day, counter, staff_number, kind, reason, prefix, number, at)
            VALUES (\(day)::date, \(Int32(counter)), \(staff), \(kind), \(reason), \(ticket?.prefix), \(ticket.map { Int32($0.sequence) }),
                to_timestamp(\(time.timeIntervalSince1970)))
            """, logger: HallServer.quiet)
    }

    // MARK: Reading

    static func status(_ connection: PostgresConnection, counter: Int, lines: [String], day: String, at time: Date,
                       policy: QueuePolicy) async throws -> CounterStatus {
        var status = CounterStatus(counter: counter)
        let place = Int32(counter)
        let session = try await connection.query("""
            SELECT o.staff_number, o.name, s.paused FROM counter_sessions s JOIN officers o ON o.staff_number = s.staff_number
            WHERE s.counter = \(place)
            """, logger: HallServer.quiet).collect()
        if let (staff, name, paused) = try session.first?.decode((String, String, String?).self), let number = StaffNumber(staff) {
            status.officer = Officer(staffNumber: number, name: name)
            status.paused = paused.flatMap(PauseReason.init)
        }
        var tickets: [CounterTicket] = []
        let rows = try await connection.query("""
            SELECT prefix, number, line, state, extract(epoch FROM taken_at)::float8, extract(epoch FROM called_at)::float8,
                extract(epoch FROM started_at)::float8, extract(epoch FROM finished_at)::float8, receipt, kind, priority_group
            FROM queue_tickets WHERE day = \(day)::date AND counter = \(place) AND called_at IS NOT NULL ORDER BY called_at DESC
            """, logger: HallServer.quiet)
        for try await (prefix, number, line, state, taken, called, started, finished, receipt, kind, group)
            in rows.decode((String, Int32, String, String, Double, Double?, Double?, Double?, String?, String, String?).self)
        {
            tickets.append(CounterTicket(number: TicketNumber(prefix: prefix, sequence: Int(number)), line: line,
                                         state: TicketState(rawValue: state) ?? .called, takenAt: Date(timeIntervalSince1970: taken),
                                         calledAt: called.map(Date.init(timeIntervalSince1970:)),
                                         startedAt: started.map(Date.init(timeIntervalSince1970:)),
                                         finishedAt: finished.map(Date.init(timeIntervalSince1970:)), receipt: receipt,
                                         kind: TicketKind(rawValue: kind) ?? .regular, priorityGroup: group))
        }
        status.current = CounterStatus.current(of: tickets)
        status.held = tickets.filter { $0.state == .held }.sorted { $0.takenAt < $1.takenAt }
        for line in lines {
            let waiting = try await waiting(connection, lines: [line], day: day)
            let order = CallOrder.order(waiting, recentCalls: try await recentCalls(connection, lines: [line], day: day),
                                        policy: policy, at: time)
            status.lines.append(LineWaiting(prefix: line, waiting: waiting.count, next: order.prefix(5).map(\.number),
                                            priority: order.filter { $0.kind != .regular }.count))
        }
        return status
    }
}

extension HallQueueStore: QueueRecords {
    public func ticketRecords(from first: String, to last: String) throws -> [TicketRecord] {
        try server.client.call(within: server.backgroundDeadline) { client in
            let rows = try await client.query("""
                SELECT day::text, prefix, number, line, state, counter, officer, extract(epoch FROM taken_at)::float8,
                    extract(epoch FROM called_at)::float8, extract(epoch FROM started_at)::float8,
                    extract(epoch FROM finished_at)::float8, kind, estimate_low, estimate_high
                FROM queue_tickets WHERE day >= \(first)::date AND day <= \(last)::date ORDER BY day, taken_at
                """, logger: HallServer.quiet)
            var records: [TicketRecord] = []
            for try await (day, prefix, number, line, state, counter, officer, taken, called, started, finished, kind, low, high)
                in rows.decode((String, String, Int32, String, String, Int32?, String?, Double, Double?, Double?, Double?, String,
                                Int32?, Int32?).self)
            {
                func date(_ seconds: Double?) -> Date? { seconds.map(Date.init(timeIntervalSince1970:)) }
                records.append(TicketRecord(day: day, number: TicketNumber(prefix: prefix, sequence: Int(number)), line: line,
                                            state: TicketState(rawValue: state) ?? .waiting, counter: counter.map(Int.init),
                                            officer: officer, takenAt: Date(timeIntervalSince1970: taken), calledAt: date(called),
                                            startedAt: date(started), finishedAt: date(finished),
                                            kind: TicketKind(rawValue: kind) ?? .regular,
                                            estimate: low.flatMap { l in high.flatMap { l <= $0 ? Int(l) ... Int($0) : nil } }))
            }
            return records
        }
    }

    public func counterEvents(from first: String, to last: String) throws -> [CounterEvent] {
        try server.client.call(within: server.backgroundDeadline) { client in
            let rows = try await client.query("""
                SELECT day::text, counter, staff_number, kind, reason, prefix, number, extract(epoch FROM at)::float8
                FROM counter_events WHERE day >= \(first)::date AND day <= \(last)::date ORDER BY at
                """, logger: HallServer.quiet)
            var events: [CounterEvent] = []
            for try await (day, counter, staff, kind, reason, prefix, number, at)
                in rows.decode((String, Int32, String?, String, String?, String?, Int32?, Double).self)
            {
                events.append(CounterEvent(day: day, counter: Int(counter), officer: staff, kind: kind, reason: reason,
                                           ticket: prefix.flatMap { p in number.map { TicketNumber(prefix: p, sequence: Int($0)) } },
                                           at: Date(timeIntervalSince1970: at)))
            }
            return events
        }
    }
}
