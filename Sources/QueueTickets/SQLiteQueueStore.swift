import Foundation
import GRDB
import ProcedureCatalog

/// The queue of a kiosk alone (no hall server): a SQLite file. Kiosk, `kiosk queue call` at the counter and
/// `kiosk board` may be separate processes: each take or call is an immediate transaction, so two of them
/// never read the same last number, and waits for the other (busy timeout) rather than failing.
public final class SQLiteQueueStore: QueueStore {
    let database: DatabaseQueue

    public init(path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        database = try DatabaseQueue(path: path, configuration: configuration)
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS queue_tickets (
                    day TEXT NOT NULL, prefix TEXT NOT NULL, number INTEGER NOT NULL,
                    procedure TEXT, taken_at REAL NOT NULL, counter INTEGER, called_at REAL,
                    PRIMARY KEY (day, prefix, number))
                """)
            try Self.addCounterColumns(db)
        }
    }

    public func take(_ line: QueueLine, procedure: String?, day: String, at time: Date) throws -> IssuedTicket {
        try immediate { db in
            let last = try Int.fetchOne(db, sql: "SELECT max(number) FROM queue_tickets WHERE day = ? AND prefix = ?",
                                        arguments: [day, line.prefix]) ?? 0
            try db.execute(sql: """
                INSERT INTO queue_tickets (day, prefix, number, procedure, taken_at, line) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [day, line.prefix, last + 1, procedure, time.timeIntervalSince1970, line.prefix])
            let ahead = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM queue_tickets WHERE day = ? AND line = ? AND called_at IS NULL
                AND NOT (prefix = ? AND number = ?)
                """, arguments: [day, line.prefix, line.prefix, last + 1]) ?? 0
            let calls = try Row.fetchAll(db, sql: """
                SELECT counter, called_at FROM queue_tickets WHERE day = ? AND line = ? AND called_at IS NOT NULL
                """, arguments: [day, line.prefix]).map { (counter: $0["counter"] as Int, at: Date(timeIntervalSince1970: $0["called_at"])) }
            return IssuedTicket(number: TicketNumber(prefix: line.prefix, sequence: last + 1), counters: line.counters,
                                ahead: ahead, takenAt: time, estimate: WaitEstimate.make(ahead: ahead, calls: calls))
        }
    }

    public func call(counter: Int, line: QueueLine, day: String, at time: Date) throws -> CalledTicket? {
        try immediate { db in
            guard let next = try Self.firstWaiting(db, lines: [line.prefix], day: day) else { return nil }
            try db.execute(sql: """
                UPDATE queue_tickets SET counter = ?, called_at = ?, state = 'called' WHERE day = ? AND prefix = ? AND number = ?
                """, arguments: [counter, time.timeIntervalSince1970, day, next.prefix, next.sequence])
            return CalledTicket(number: next, counter: counter, calledAt: time)
        }
    }

    public func recall(counter: Int, day: String, at time: Date) throws -> CalledTicket? {
        try immediate { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT prefix, number FROM queue_tickets WHERE day = ? AND counter = ? AND called_at IS NOT NULL
                ORDER BY called_at DESC LIMIT 1
                """, arguments: [day, counter]) else { return nil }
            let (prefix, number): (String, Int) = (row["prefix"], row["number"])
            try db.execute(sql: "UPDATE queue_tickets SET called_at = ? WHERE day = ? AND prefix = ? AND number = ?",
                           arguments: [time.timeIntervalSince1970, day, prefix, number])
            return CalledTicket(number: TicketNumber(prefix: prefix, sequence: number), counter: counter, calledAt: time)
        }
    }

    public func board(day: String) throws -> QueueBoard {
        try database.read { db in
            // Each counter's last call today (SQLite takes the bare columns from the row holding the max).
            let serving = try Row.fetchAll(db, sql: """
                SELECT counter, prefix, number, max(called_at) AS called_at FROM queue_tickets
                WHERE day = ? AND called_at IS NOT NULL GROUP BY counter
                """, arguments: [day]).map {
                CalledTicket(number: TicketNumber(prefix: $0["prefix"], sequence: $0["number"]), counter: $0["counter"],
                             calledAt: Date(timeIntervalSince1970: $0["called_at"]))
            }
            var waiting: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT line, count(*) AS waiting FROM queue_tickets WHERE day = ? AND called_at IS NULL GROUP BY line
                """, arguments: [day]) {
                waiting[row["line"]] = row["waiting"]
            }
            return QueueBoard(serving: serving, waiting: waiting)
        }
    }

    /// The columns the counter desk added (a file from before them gains them, its rows made whole), and its
    /// tables: officers, who is signed in at which counter, and what happened at the counters.
    static func addCounterColumns(_ db: Database) throws {
        let columns = Set(try Row.fetchAll(db, sql: "PRAGMA table_info(queue_tickets)").map { $0["name"] as String })
        for (name, type) in [("line", "TEXT"), ("state", "TEXT NOT NULL DEFAULT 'waiting'"), ("officer", "TEXT"),
                             ("started_at", "REAL"), ("finished_at", "REAL"), ("receipt", "TEXT")]
            where !columns.contains(name)
        {
            try db.execute(sql: "ALTER TABLE queue_tickets ADD COLUMN \(name) \(type)")
        }
        if !columns.contains("line") {
            try db.execute(sql: "UPDATE queue_tickets SET line = prefix")
            try db.execute(sql: "UPDATE queue_tickets SET state = 'called' WHERE called_at IS NOT NULL")
        }
        try db.execute(sql: """
            CREATE INDEX IF NOT EXISTS queue_tickets_waiting ON queue_tickets (day, line, taken_at) WHERE called_at IS NULL;
            CREATE TABLE IF NOT EXISTS officers (
                staff_number TEXT PRIMARY KEY, name TEXT NOT NULL, pin_hash TEXT NOT NULL, failures TEXT NOT NULL DEFAULT '{}');
            CREATE TABLE IF NOT EXISTS counter_sessions (
                counter INTEGER PRIMARY KEY, staff_number TEXT NOT NULL UNIQUE, signed_in_at REAL NOT NULL, paused TEXT);
            CREATE TABLE IF NOT EXISTS counter_events (
                day TEXT NOT NULL, counter INTEGER NOT NULL, staff_number TEXT, kind TEXT NOT NULL, reason TEXT,
                prefix TEXT, number INTEGER, at REAL NOT NULL);
            """)
    }

    /// The first ticket waiting in `lines`, by the time it was taken (a ticket moved from another line keeps its
    /// place).
    static func firstWaiting(_ db: Database, lines: [String], day: String) throws -> TicketNumber? {
        guard !lines.isEmpty else { return nil }
        let marks = lines.map { _ in "?" }.joined(separator: ", ")
        return try Row.fetchOne(db, sql: """
            SELECT prefix, number FROM queue_tickets WHERE day = ? AND called_at IS NULL AND line IN (\(marks))
            ORDER BY taken_at, prefix, number LIMIT 1
            """, arguments: StatementArguments([day] + lines)).map { TicketNumber(prefix: $0["prefix"], sequence: $0["number"]) }
    }

    func immediate<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }
}
