import Foundation
import GRDB

/// What waits to be sent to the hall server, in an SQLite file beside the local copy: kept across restarts,
/// sent oldest first, removed only once the server has acknowledged it. Also keeps the copy's watermark (the
/// last case change copied) and when the copy was last brought up to date.
public final class HallOutbox: Sendable {
    public let path: String
    private let queue: DatabaseQueue

    public init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(2)
        queue = try DatabaseQueue(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("outbox-v1") { db in
            try db.execute(sql: """
                CREATE TABLE outbox (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    body BLOB NOT NULL
                );
                CREATE TABLE sync_state (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                """)
        }
        try migrator.migrate(queue)
    }

    /// Keeps `event` until the server has it.
    public func keep(_ event: HallEvent) throws {
        let body = try JSONEncoder().encode(event)
        try queue.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO outbox (id, body) VALUES (?, ?)",
                           arguments: [event.id.uuidString, body])
        }
    }

    /// The oldest `limit` events waiting, with their place in the queue.
    public func oldest(_ limit: Int) throws -> [(seq: Int64, event: HallEvent)] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, body FROM outbox ORDER BY seq LIMIT ?", arguments: [limit])
                .compactMap { row in
                    // A body that does not decode can never be sent: it is dropped by `remove(through:)`.
                    let event = try? JSONDecoder().decode(HallEvent.self, from: row["body"] as Data)
                    return event.map { (row["seq"], $0) }
                }
        }
    }

    /// Removes every event up to `seq` (the server acknowledged them).
    public func remove(through seq: Int64) throws {
        try queue.write { db in try db.execute(sql: "DELETE FROM outbox WHERE seq <= ?", arguments: [seq]) }
    }

    public func count() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox") ?? 0 }
    }

    /// The ratings waiting (this kiosk's report and the staff screen count them with the server's).
    public func ratings() throws -> [HallEvent] {
        try oldest(Int.max).map(\.event).filter { if case .rating = $0.kind { true } else { false } }
    }

    public func value(_ name: String) throws -> String? {
        try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM sync_state WHERE name = ?", arguments: [name]) }
    }

    public func set(_ name: String, _ value: String) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO sync_state (name, value) VALUES (?, ?)", arguments: [name, value])
        }
    }
}
