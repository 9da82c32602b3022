import Foundation
import GRDB
import ProcedureCatalog

/// Cases in an SQLite file, opened in WAL mode so that the back office writes while kiosks read: a status
/// written by another process shows on the next look-up, without a restart.
public final class SQLiteCaseStore: CaseStore {
    public let path: String
    private let pool: DatabasePool

    /// Opens (creating when missing) the database and brings its schema up to date.
    public init(path: String) throws(CaseStoreError) {
        self.path = path
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var configuration = Configuration()
            configuration.busyMode = .timeout(2)
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw CaseStoreError(path: path, reason: "\(error)")
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("cases-v1") { db in
            try db.execute(sql: """
                CREATE TABLE cases (
                    receipt TEXT PRIMARY KEY NOT NULL,
                    procedure_code TEXT NOT NULL,
                    owner_name TEXT NOT NULL,
                    owner_id TEXT NOT NULL,
                    phone TEXT,
                    channel TEXT NOT NULL CHECK (channel IN ('in_person', 'online', 'post')),
                    submitted_at TEXT,
                    received_at TEXT,
                    appointment TEXT,
                    finished_at TEXT,
                    returned_at TEXT,
                    status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
                    handling_agency TEXT NOT NULL,
                    collect_at TEXT,
                    postal_address TEXT,
                    missing_documents TEXT NOT NULL DEFAULT '[]',
                    amounts_due TEXT NOT NULL DEFAULT '[]',
                    is_demo INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                CREATE TABLE case_history (
                    receipt TEXT NOT NULL REFERENCES cases(receipt) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    time TEXT NOT NULL,
                    from_unit TEXT NOT NULL,
                    action TEXT NOT NULL,
                    to_unit TEXT,
                    note TEXT,
                    PRIMARY KEY (receipt, position)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }

    public func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord? {
        do {
            // Cached statements: a look-up is on a citizen's path, and compiling SQL each time doubled its cost.
            let key = receipt.description
            return try pool.read { db in
                let select = try db.cachedStatement(sql: "SELECT * FROM cases WHERE receipt = ?")
                guard let row = try Row.fetchOne(select, arguments: [key]) else { return nil }
                let steps = try db.cachedStatement(
                    sql: "SELECT * FROM case_history WHERE receipt = ? ORDER BY position")
                return try CaseRow.record(row, receipt: receipt, history: try Row.fetchAll(steps, arguments: [key]))
            }
        } catch let error as CaseStoreError {
            throw error
        } catch {
            throw CaseStoreError(path: path, reason: "\(error)")
        }
    }

    /// Writes cases (replacing any with the same receipt number) in one transaction.
    public func save(_ records: [CaseRecord]) throws(CaseStoreError) {
        do {
            try pool.write { db in
                for record in records { try CaseRow.save(record, db) }
            }
        } catch {
            throw CaseStoreError(path: path, reason: "\(error)")
        }
    }

    /// Replaces every demo case with `records` (real cases are never touched).
    public func replaceDemo(with records: [CaseRecord]) throws(CaseStoreError) {
        do {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM case_history WHERE receipt IN (SELECT receipt FROM cases WHERE is_demo)")
                try db.execute(sql: "DELETE FROM cases WHERE is_demo")
                for record in records { try CaseRow.save(record, db) }
            }
        } catch {
            throw CaseStoreError(path: path, reason: "\(error)")
        }
    }

    /// Changes a case's status (what the back office does; tests and `kiosk cases set-status` use it).
    public func setStatus(_ receipt: ReceiptNumber, _ status: CaseStatus) throws(CaseStoreError) {
        do {
            try pool.write { db in
                try db.execute(sql: "UPDATE cases SET status = ? WHERE receipt = ?",
                               arguments: [status.rawValue, receipt.description])
            }
        } catch {
            throw CaseStoreError(path: path, reason: "\(error)")
        }
    }

    public func count() throws(CaseStoreError) -> (all: Int, demo: Int) {
        do {
            return try pool.read { db in
                let all = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases") ?? 0
                let demo = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE is_demo") ?? 0
                return (all, demo)
            }
        } catch {
            throw CaseStoreError(path: path, reason: "\(error)")
        }
    }
}
