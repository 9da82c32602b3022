import Foundation
import GRDB
import ProcedureCatalog

/// The queue of a kiosk alone (no hall server): a SQLite file. Kiosk, `kiosk queue call` at the counter and
/// `kiosk board` may be separate processes: each take or call is an immediate transaction, so two of them
/// never read the same last number, and waits for the other (busy timeout) rather than failing.
public final class SQLiteQueueStore: QueueStore {
    private let database: DatabaseQueue

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
        }
    }

    public func take(_ line: QueueLine, procedure: String?, day: String, at time: Date) throws -> IssuedTicket {
        try immediate { db in
            let last = try Int.fetchOne(db, sql: "SELECT max(number) FROM queue_tickets WHERE day = ? AND prefix = ?",
                                        arguments: [day, line.prefix]) ?? 0
            try db.execute(sql: """
                INSERT INTO queue_tickets (day, prefix, number, procedure, taken_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [day, line.prefix, last + 1, procedure, time.timeIntervalSince1970])
            let ahead = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM queue_tickets WHERE day = ? AND prefix = ? AND called_at IS NULL AND number <= ?
                """, arguments: [day, line.prefix, last]) ?? 0
            let calls = try Row.fetchAll(db, sql: """
                SELECT counter, called_at FROM queue_tickets WHERE day = ? AND prefix = ? AND called_at IS NOT NULL
                """, arguments: [day, line.prefix]).map { (counter: $0["counter"] as Int, at: Date(timeIntervalSince1970: $0["called_at"])) }
            return IssuedTicket(number: TicketNumber(prefix: line.prefix, sequence: last + 1), counters: line.counters,
                                ahead: ahead, takenAt: time, estimate: WaitEstimate.make(ahead: ahead, calls: calls))
        }
    }

    public func call(counter: Int, line: QueueLine, day: String, at time: Date) throws -> CalledTicket? {
        try immediate { db in
            guard let next = try Int.fetchOne(db, sql: """
                SELECT min(number) FROM queue_tickets WHERE day = ? AND prefix = ? AND called_at IS NULL
                """, arguments: [day, line.prefix]) else { return nil }
            try db.execute(sql: """
                UPDATE queue_tickets SET counter = ?, called_at = ? WHERE day = ? AND prefix = ? AND number = ?
                """, arguments: [counter, time.timeIntervalSince1970, day, line.prefix, next])
            return CalledTicket(number: TicketNumber(prefix: line.prefix, sequence: next), counter: counter, calledAt: time)
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
                SELECT prefix, count(*) AS waiting FROM queue_tickets WHERE day = ? AND called_at IS NULL GROUP BY prefix
                """, arguments: [day]) {
                waiting[row["prefix"]] = row["waiting"]
            }
            return QueueBoard(serving: serving, waiting: waiting)
        }
    }

    private func immediate<T>(_ body: (Database) throws -> T) throws -> T {
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
