import Foundation
import GRDB
import KioskConfiguration

/// The counter desk on one machine: officers, sessions and actions in the queue's SQLite file, each action an
/// immediate transaction (the officer's terminal, the citizen's side and `kiosk counter` may be separate
/// processes).
extension SQLiteQueueStore: CounterStore {
    public func saveOfficer(_ officer: Officer, pinHash: String) throws -> Bool {
        try immediate { db in
            let existed = try Bool.fetchOne(db, sql: "SELECT 1 FROM officers WHERE staff_number = ?",
                                            arguments: [officer.staffNumber.text]) ?? false
            try db.execute(sql: """
                INSERT INTO officers (staff_number, name, pin_hash) VALUES (?, ?, ?)
                ON CONFLICT (staff_number) DO UPDATE SET name = excluded.name, pin_hash = excluded.pin_hash, failures = '{}'
                """, arguments: [officer.staffNumber.text, officer.name, pinHash])
            return !existed
        }
    }

    public func removeOfficer(_ staffNumber: StaffNumber) throws -> Bool {
        try immediate { db in
            try db.execute(sql: "DELETE FROM counter_sessions WHERE staff_number = ?", arguments: [staffNumber.text])
            try db.execute(sql: "DELETE FROM officers WHERE staff_number = ?", arguments: [staffNumber.text])
            return db.changesCount > 0
        }
    }

    public func officers() throws -> [Officer] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT staff_number, name FROM officers ORDER BY staff_number").compactMap(Self.officer)
        }
    }

    public func unlockOfficer(_ staffNumber: StaffNumber) throws -> Bool {
        try immediate { db in
            try db.execute(sql: "UPDATE officers SET failures = '{}' WHERE staff_number = ?", arguments: [staffNumber.text])
            return db.changesCount > 0
        }
    }

    public func signIn(_ staffNumber: StaffNumber, pin: String, counter: Int, day: String, at time: Date) throws -> SignInOutcome {
        try immediate { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT name, pin_hash, failures FROM officers WHERE staff_number = ?",
                                             arguments: [staffNumber.text])
            else { return .unknownOfficer }
            let check = OfficerPINCheck(failures: row["failures"], pinHash: row["pin_hash"])
            let sessions = try Row.fetchAll(db, sql: "SELECT counter, staff_number FROM counter_sessions WHERE counter = ? OR staff_number = ?",
                                            arguments: [counter, staffNumber.text])
            let outcome = check.outcome(pin: pin, at: time, officer: Officer(staffNumber: staffNumber, name: row["name"]),
                                        sessions: sessions.map { (counter: $0["counter"], staff: $0["staff_number"]) },
                                        counter: counter)
            try db.execute(sql: "UPDATE officers SET failures = ? WHERE staff_number = ?",
                           arguments: [outcome.failures, staffNumber.text])
            if case .signedIn = outcome.result {
                try db.execute(sql: "INSERT INTO counter_sessions (counter, staff_number, signed_in_at) VALUES (?, ?, ?) ON CONFLICT (counter) DO NOTHING",
                               arguments: [counter, staffNumber.text, time.timeIntervalSince1970])
                try Self.record(db, "sign_in", counter: counter, staff: staffNumber.text, at: time, day: day)
            }
            return outcome.result
        }
    }

    public func signOut(counter: Int, day: String, at time: Date) throws -> Officer? {
        try immediate { db in
            guard let officer = try Self.signedIn(db, counter: counter) else { return nil }
            try db.execute(sql: "DELETE FROM counter_sessions WHERE counter = ?", arguments: [counter])
            try Self.record(db, "sign_out", counter: counter, staff: officer.staffNumber.text, at: time, day: day)
            return officer
        }
    }

    public func status(counter: Int, lines: [String], day: String) throws -> CounterStatus {
        try database.read { db in try Self.status(db, counter: counter, lines: lines, day: day, at: Date(), policy: policy) }
    }

    public func perform(_ action: CounterAction, counter: Int, lines: [String], day: String, at time: Date) throws -> CounterStatus {
        try immediate { db in
            let before = try Self.status(db, counter: counter, lines: lines, day: day, at: time, policy: policy)
            let change = try CounterRules.change(action, before, at: time)
            try apply(change, db, counter: counter, lines: lines, day: day, at: time)
            return try Self.status(db, counter: counter, lines: lines, day: day, at: time, policy: policy)
        }
    }

    // MARK: Writing a change

    private func apply(_ change: CounterChange, _ db: Database, counter: Int, lines: [String], day: String, at time: Date) throws {
        let staff = change.officer.staffNumber.text
        let seconds = time.timeIntervalSince1970
        func update(_ ticket: TicketNumber, _ assignments: String, _ values: [(any DatabaseValueConvertible)?]) throws {
            try db.execute(sql: "UPDATE queue_tickets SET \(assignments) WHERE day = ? AND prefix = ? AND number = ?",
                           arguments: StatementArguments(values + [day, ticket.prefix, ticket.sequence]))
        }
        switch change.kind {
        case .call:
            guard let next = try Self.chooseNext(db, lines: lines, day: day, at: time, policy: policy) else {
                throw CounterRefusal.nobodyWaiting
            }
            try update(next.number, "state = 'called', counter = ?, called_at = ?, officer = ?", [counter, seconds, staff])
            try Self.record(db, "call", counter: counter, staff: staff, ticket: next.number, at: time, day: day)
            return
        case .recall(let ticket): try update(ticket, "called_at = ?", [seconds])
        case .absent(let ticket): try update(ticket, "state = 'absent', finished_at = ?", [seconds])
        case .start(let ticket): try update(ticket, "state = 'serving', started_at = ?", [seconds])
        case .finish(let ticket, let receipt):
            try update(ticket, "state = 'finished', finished_at = ?, started_at = coalesce(started_at, called_at), receipt = ?",
                       [seconds, receipt])
        case .hold(let ticket): try update(ticket, "state = 'held'", [])
        case .takeBack(let ticket, let state): try update(ticket, "state = ?", [state.rawValue])
        case .transfer(let ticket, let line):
            try update(ticket, "state = 'waiting', line = ?, counter = NULL, called_at = NULL, started_at = NULL, officer = NULL",
                       [line])
        case .pause(let reason):
            try db.execute(sql: "UPDATE counter_sessions SET paused = ? WHERE counter = ?", arguments: [reason.rawValue, counter])
        case .resume:
            try db.execute(sql: "UPDATE counter_sessions SET paused = NULL WHERE counter = ?", arguments: [counter])
        }
        try Self.record(db, change.event, counter: counter, staff: staff, reason: change.reason, ticket: change.ticket, at: time,
                        day: day)
    }

    static func record(_ db: Database, _ kind: String, counter: Int, staff: String?, reason: String? = nil,
                       ticket: TicketNumber? = nil, at time: Date, day: String) throws {
        try db.execute(sql: """
            INSERT INTO counter_events (day, counter, staff_number, kind, reason, prefix, number, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [day, counter, staff, kind, reason, ticket?.prefix, ticket?.sequence,
                             time.timeIntervalSince1970])
    }

    // MARK: Reading

    static func officer(_ row: Row) -> Officer? {
        StaffNumber(row["staff_number"]).map { Officer(staffNumber: $0, name: row["name"]) }
    }

    static func signedIn(_ db: Database, counter: Int) throws -> Officer? {
        try Row.fetchOne(db, sql: """
            SELECT o.staff_number, o.name FROM counter_sessions s JOIN officers o ON o.staff_number = s.staff_number
            WHERE s.counter = ?
            """, arguments: [counter]).flatMap(officer)
    }

    static func status(_ db: Database, counter: Int, lines: [String], day: String, at time: Date, policy: QueuePolicy) throws
        -> CounterStatus
    {
        var status = CounterStatus(counter: counter)
        status.officer = try signedIn(db, counter: counter)
        status.paused = try String.fetchOne(db, sql: "SELECT paused FROM counter_sessions WHERE counter = ?",
                                            arguments: [counter]).flatMap(PauseReason.init)
        let tickets = try Row.fetchAll(db, sql: """
            SELECT prefix, number, line, state, taken_at, called_at, started_at, finished_at, receipt, kind, priority_group
            FROM queue_tickets
            WHERE day = ? AND counter = ? AND called_at IS NOT NULL ORDER BY called_at DESC
            """, arguments: [day, counter]).map(ticket)
        status.current = CounterStatus.current(of: tickets)
        status.held = tickets.filter { $0.state == .held }.sorted { $0.takenAt < $1.takenAt }
        status.lines = try lines.map { line in
            let waiting = try Int.fetchOne(db, sql: "SELECT count(*) FROM queue_tickets WHERE day = ? AND line = ? AND called_at IS NULL",
                                           arguments: [day, line]) ?? 0
            let order = CallOrder.order(try Self.waiting(db, lines: [line], day: day),
                                        recentCalls: try Self.recentCalls(db, lines: [line], day: day), policy: policy, at: time)
            return LineWaiting(prefix: line, waiting: waiting, next: order.prefix(5).map(\.number),
                               priority: order.filter { $0.kind != .regular }.count)
        }
        return status
    }

    static func ticket(_ row: Row) -> CounterTicket {
        func date(_ column: String) -> Date? { (row[column] as Double?).map(Date.init(timeIntervalSince1970:)) }
        return CounterTicket(number: TicketNumber(prefix: row["prefix"], sequence: row["number"]), line: row["line"] ?? row["prefix"],
                             state: TicketState(rawValue: row["state"]) ?? .called, takenAt: date("taken_at") ?? .distantPast,
                             calledAt: date("called_at"), startedAt: date("started_at"), finishedAt: date("finished_at"),
                             receipt: row["receipt"], kind: kind(row), priorityGroup: row["priority_group"])
    }
}

extension SQLiteQueueStore: QueueRecords {
    public func ticketRecords(from first: String, to last: String) throws -> [TicketRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT day, prefix, number, line, state, counter, officer, taken_at, called_at, started_at, finished_at, kind,
                    estimate_low, estimate_high
                FROM queue_tickets WHERE day >= ? AND day <= ? ORDER BY day, taken_at
                """, arguments: [first, last]).map { row in
                let ticket = Self.ticket(row)
                return TicketRecord(day: row["day"], number: ticket.number, line: ticket.line, state: ticket.state,
                                    counter: row["counter"], officer: row["officer"], takenAt: ticket.takenAt,
                                    calledAt: ticket.calledAt, startedAt: ticket.startedAt, finishedAt: ticket.finishedAt,
                                    kind: ticket.kind, estimate: Self.estimate(row))
            }
        }
    }

    static func estimate(_ row: Row) -> ClosedRange<Int>? {
        guard let low = row["estimate_low"] as Int?, let high = row["estimate_high"] as Int?, low <= high else { return nil }
        return low ... high
    }

    public func counterEvents(from first: String, to last: String) throws -> [CounterEvent] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT day, counter, staff_number, kind, reason, prefix, number, at FROM counter_events
                WHERE day >= ? AND day <= ? ORDER BY at
                """, arguments: [first, last]).map { row in
                let prefix: String? = row["prefix"]
                let number: Int? = row["number"]
                return CounterEvent(day: row["day"], counter: row["counter"], officer: row["staff_number"], kind: row["kind"],
                                    reason: row["reason"],
                                    ticket: prefix.flatMap { p in number.map { TicketNumber(prefix: p, sequence: $0) } },
                                    at: Date(timeIntervalSince1970: row["at"]))
            }
        }
    }
}
