import Foundation
import GRDB
import KioskConfiguration
import ProcedureCatalog

/// The queue of a kiosk alone (no hall server): a SQLite file. Kiosk, `kiosk queue call` at the counter and
/// `kiosk board` may be separate processes: each take or call is an immediate transaction, so two of them
/// never read the same last number, and waits for the other (busy timeout) rather than failing.
public final class SQLiteQueueStore: QueueStore {
    let database: DatabaseQueue
    /// How counters choose the next ticket.
    public let policy: QueuePolicy

    public init(path: String, policy: QueuePolicy = .shipped) throws {
        self.policy = policy
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.useWAL(database)
        // One transaction: two processes opening a new or older file at once must not both add a column.
        try immediate { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS queue_tickets (
                    day TEXT NOT NULL, prefix TEXT NOT NULL, number INTEGER NOT NULL,
                    procedure TEXT, taken_at REAL NOT NULL, counter INTEGER, called_at REAL,
                    PRIMARY KEY (day, prefix, number))
                """)
            try Self.addCounterColumns(db)
            try Self.addFairnessColumns(db)
        }
    }

    /// Puts the file in WAL mode once (the mode stays with the file). Switching needs the file to itself, and
    /// SQLite answers "database is locked" at once, without waiting, when another process is opening or writing
    /// it: so the mode is read first (a file already in WAL needs nothing), and a switch refused is tried again
    /// until the same deadline a busy write has.
    static func useWAL(_ database: DatabaseQueue) throws {
        let deadline = Date().addingTimeInterval(10)
        while true {
            do {
                try database.writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() != "wal" {
                        try db.execute(sql: "PRAGMA journal_mode = WAL")
                    }
                }
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(10_000)
            }
        }
    }

    public func take(_ request: TicketRequest, day: String, at time: Date) throws -> IssuedTicket {
        try immediate { db in
            let stored = try TicketPlacement.code(of: request).flatMap { try Self.booking(db, $0) }
            let placed = try TicketPlacement.place(request, stored: stored, day: day, at: time, policy: policy)
            let prefix = placed.line.prefix
            let last = try Int.fetchOne(db, sql: "SELECT max(number) FROM queue_tickets WHERE day = ? AND prefix = ?",
                                        arguments: [day, prefix]) ?? 0
            let number = TicketNumber(prefix: prefix, sequence: last + 1)
            try db.execute(sql: """
                INSERT INTO queue_tickets (day, prefix, number, procedure, taken_at, line, kind, priority_group, booking, slot_start)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [day, prefix, number.sequence, placed.procedure, time.timeIntervalSince1970, prefix,
                                 placed.kind.rawValue, placed.priorityGroup, placed.booking?.text,
                                 placed.callSlot?.timeIntervalSince1970])
            if let code = placed.booking {
                try db.execute(sql: "UPDATE queue_bookings SET used_at = ?, prefix = ?, number = ? WHERE code = ?",
                               arguments: [time.timeIntervalSince1970, prefix, number.sequence, code.text])
            }
            let state = try Self.lineState(db, line: placed.line, day: day, at: time)
            let (ahead, outlook) = state.outlook(for: number, policy: policy, at: time)
            try db.execute(sql: "UPDATE queue_tickets SET estimate_low = ?, estimate_high = ? WHERE day = ? AND prefix = ? AND number = ?",
                           arguments: [outlook.range?.low, outlook.range?.high, day, prefix, number.sequence])
            return IssuedTicket(number: number, counters: placed.line.counters, kind: placed.kind,
                                priorityGroup: placed.priorityGroup, slot: placed.slot, lateBooking: placed.lateBooking,
                                ahead: ahead, takenAt: time, outlook: outlook)
        }
    }

    public func call(counter: Int, lines: [String], day: String, at time: Date) throws -> CalledTicket? {
        try immediate { db in
            guard let next = try Self.chooseNext(db, lines: lines, day: day, at: time, policy: policy) else { return nil }
            try db.execute(sql: """
                UPDATE queue_tickets SET counter = ?, called_at = ?, state = 'called' WHERE day = ? AND prefix = ? AND number = ?
                """, arguments: [counter, time.timeIntervalSince1970, day, next.number.prefix, next.number.sequence])
            return CalledTicket(number: next.number, counter: counter, calledAt: time, kind: next.kind)
        }
    }

    public func recall(counter: Int, day: String, at time: Date) throws -> CalledTicket? {
        try immediate { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT prefix, number, kind FROM queue_tickets WHERE day = ? AND counter = ? AND called_at IS NOT NULL
                ORDER BY called_at DESC LIMIT 1
                """, arguments: [day, counter]) else { return nil }
            let (prefix, number): (String, Int) = (row["prefix"], row["number"])
            try db.execute(sql: "UPDATE queue_tickets SET called_at = ? WHERE day = ? AND prefix = ? AND number = ?",
                           arguments: [time.timeIntervalSince1970, day, prefix, number])
            return CalledTicket(number: TicketNumber(prefix: prefix, sequence: number), counter: counter, calledAt: time,
                                kind: Self.kind(row))
        }
    }

    public func board(day: String, lines: [QueueLine], at time: Date) throws -> QueueBoard {
        try database.read { db in
            // Each counter's last call today (SQLite takes the bare columns from the row holding the max).
            let serving = try Row.fetchAll(db, sql: """
                SELECT counter, prefix, number, kind, max(called_at) AS called_at FROM queue_tickets
                WHERE day = ? AND called_at IS NOT NULL GROUP BY counter
                """, arguments: [day]).map {
                CalledTicket(number: TicketNumber(prefix: $0["prefix"], sequence: $0["number"]), counter: $0["counter"],
                             calledAt: Date(timeIntervalSince1970: $0["called_at"]), kind: Self.kind($0))
            }
            var waiting: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT line, count(*) AS waiting FROM queue_tickets WHERE day = ? AND called_at IS NULL GROUP BY line
                """, arguments: [day]) {
                waiting[row["line"]] = row["waiting"]
            }
            var outlook: [String: WaitOutlook] = [:]
            for line in lines {
                outlook[line.prefix] = try Self.lineState(db, line: line, day: day, at: time)
                    .outlook(ahead: waiting[line.prefix] ?? 0, regular: true, policy: policy)
            }
            return QueueBoard(serving: serving, waiting: waiting, outlook: outlook)
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

    /// The ticket `CallOrder` calls next among those waiting in `lines`.
    static func chooseNext(_ db: Database, lines: [String], day: String, at time: Date, policy: QueuePolicy) throws
        -> WaitingTicket?
    {
        CallOrder.next(try waiting(db, lines: lines, day: day), recentCalls: try recentCalls(db, lines: lines, day: day),
                       policy: policy, at: time)
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
