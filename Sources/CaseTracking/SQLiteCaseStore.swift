import Foundation
import GRDB
import ProcedureCatalog

/// Cases in an SQLite file, opened in WAL mode so that the back office writes while kiosks read: a status
/// written by another process shows on the next look-up, without a restart. The same file counts failed
/// look-ups (see `GuessLedger`), so a pause or a lock holds for every kiosk that uses it.
///
/// The file holds only what a kiosk may show: names masked, postal addresses from the ward on, the second
/// factor as a keyed hash. Deleted content is overwritten (`secure_delete`), so it does not linger in free pages.
public final class SQLiteCaseStore: CaseStore {
    public let path: String
    private let pool: DatabasePool
    /// The hall's second-factor key: what arrives with an owner is reduced with it before it is written.
    private let key: SecondFactorKey

    /// Opens (creating when missing) the database and brings its schema up to date. `key` is the hall's
    /// second-factor key: an old database holding full ID numbers is converted with it on this first open.
    public init(path: String, key: SecondFactorKey) throws(CaseStoreError) {
        self.path = path
        self.key = key
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var configuration = Configuration()
            configuration.busyMode = .timeout(2)
            // secure_delete: deleted content is zeroed, not left in free pages. synchronous NORMAL is WAL's
            // usual setting: a failed look-up's count is a write on a citizen's path, and an fsync for each would
            // cost milliseconds; a power cut may lose the last counts, never the file.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = CaseSchema.migrator(key: key)
            let pending = try pool.read { try !migrator.hasCompletedMigrations($0) }
            try migrator.migrate(pool)
            if pending { try Self.erasePreviousContent(pool) }
            try CaseSchema.adopt(key, pool)
        } catch let error as CaseStoreError {
            throw error
        } catch {
            throw CaseStoreError(path: path, reason: "\(error)")
        }
    }

    /// After a migration dropped personal columns: rewrite the file (VACUUM) and empty the WAL, so that no
    /// page of the old content remains anywhere on disk.
    private static func erasePreviousContent(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            try db.checkpoint(.truncate)
        }
    }

    public func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord? {
        try run { try pool.read { db in try Self.find(receipt, db) } }
    }

    /// The verdict, the case and whether the number has a count, in one read transaction: a look-up is on a
    /// citizen's path, and each transaction costs as much as a query.
    public func prepareLookUp(_ receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> PreparedLookUp
    {
        try run {
            try pool.read { db in
                let (count, bucket) = try Self.counts(receipt, kiosk, db)
                let verdict = policy.verdict(receipt: count, kiosk: bucket, at: now)
                let record = verdict == .allowed ? try Self.find(receipt, db) : nil
                return PreparedLookUp(verdict: verdict, record: record, counted: count != ReceiptGuesses())
            }
        }
    }

    static func find(_ receipt: ReceiptNumber, _ db: Database) throws -> CaseRecord? {
        // Cached statements: compiling SQL each time doubled a look-up's cost.
        let key = receipt.description
        let select = try db.cachedStatement(sql: "SELECT * FROM cases WHERE receipt = ?")
        guard let row = try Row.fetchOne(select, arguments: [key]) else { return nil }
        let steps = try db.cachedStatement(sql: "SELECT * FROM case_history WHERE receipt = ? ORDER BY position")
        return try CaseRow.record(row, receipt: receipt, history: try Row.fetchAll(steps, arguments: [key]))
    }

    /// Writes cases (replacing any with the same receipt number) in one transaction.
    public func save(_ records: [CaseRecord]) throws(CaseStoreError) {
        try run {
            try pool.write { db in
                for record in records { try CaseRow.save(record, db) }
            }
        }
    }

    /// Writes cases as an import brings them, reduced at the door (`IncomingCase.reduced`): the owner's ID and
    /// whole name never reach the file, not even its WAL.
    public func save(_ cases: [IncomingCase]) throws(CaseStoreError) {
        try save(cases.map { $0.reduced(using: key) })
    }

    /// Replaces every demo case with those of the demo file, reduced like an import.
    public func replaceDemo(with cases: [IncomingCase]) throws(CaseStoreError) {
        try replaceDemo(with: cases.map { $0.reduced(using: key) })
    }

    /// Replaces every demo case with `records` (real cases are never touched).
    public func replaceDemo(with records: [CaseRecord]) throws(CaseStoreError) {
        try run {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM case_history WHERE receipt IN (SELECT receipt FROM cases WHERE is_demo)")
                try db.execute(sql: "DELETE FROM cases WHERE is_demo")
                for record in records { try CaseRow.save(record, db) }
            }
        }
    }

    /// Brings a copy up to date in one transaction: `records` written, `removed` numbers deleted.
    public func apply(_ records: [CaseRecord], removing removed: [String]) throws(CaseStoreError) {
        try run {
            try pool.write { db in
                for record in records { try CaseRow.save(record, db) }
                for receipt in removed {
                    try db.execute(sql: "DELETE FROM case_history WHERE receipt = ?", arguments: [receipt])
                    try db.execute(sql: "DELETE FROM cases WHERE receipt = ?", arguments: [receipt])
                }
            }
        }
    }

    /// Every receipt number in the file (a copy's full comparison with the server).
    public func receipts() throws(CaseStoreError) -> Set<String> {
        try run { try pool.read { db in Set(try String.fetchAll(db, sql: "SELECT receipt FROM cases")) } }
    }

    /// Changes a case's status (what the back office does; tests and `kiosk cases set-status` use it).
    public func setStatus(_ receipt: ReceiptNumber, _ status: CaseStatus) throws(CaseStoreError) {
        try run {
            try pool.write { db in
                try db.execute(sql: "UPDATE cases SET status = ? WHERE receipt = ?",
                               arguments: [status.rawValue, receipt.description])
            }
        }
    }

    public func count() throws(CaseStoreError) -> (all: Int, demo: Int) {
        try run {
            try pool.read { db in
                let all = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases") ?? 0
                let demo = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE is_demo") ?? 0
                return (all, demo)
            }
        }
    }

    /// Runs a database operation, naming this file in any error.
    func run<T>(_ operation: () throws -> T) throws(CaseStoreError) -> T {
        do {
            return try operation()
        } catch let error as CaseStoreError {
            throw error
        } catch {
            throw CaseStoreError(path: path, reason: "\(error)")
        }
    }

    var writer: DatabasePool { pool }
}
