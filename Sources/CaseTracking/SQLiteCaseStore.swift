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
                let (count, bucket) = try Self.counts(guessKey(receipt), kiosk, db)
                let verdict = policy.verdict(receipt: count, kiosk: bucket, at: now)
                let record = verdict == .allowed ? try Self.find(receipt, db) : nil
                if verdict == .allowed, record == nil { try Self.confirmAbsent(receipt, db, path: path) }
                return PreparedLookUp(verdict: verdict, record: record, counted: count != ReceiptGuesses())
            }
        }
    }

    /// Before "no case matches" (which counts a failure against the citizen): the file holds cases, and the
    /// number is not in the second copy of the keys either; else the file is empty or damaged, and nothing is
    /// answered.
    static func confirmAbsent(_ receipt: ReceiptNumber, _ db: Database, path: String) throws {
        guard try holdsCases(db) else { throw empty(path) }
        let indexed = try db.cachedStatement(sql: "SELECT 1 FROM cases INDEXED BY cases_receipts WHERE receipt = ?")
        if try Bool.fetchOne(indexed, arguments: [receipt.description]) != nil {
            throw CaseStoreError(path: path, reason: "damaged: a case's number is in the index but its row is gone")
        }
    }

    /// A file with no case at all is not an answer about any number: it was emptied (truncated, replaced) or
    /// never filled, and "no case matches" would count a failure against every citizen who asks. Demo cases come
    /// only from `kiosk cases seed`.
    static func holdsCases(_ db: Database) throws -> Bool {
        try Bool.fetchOne(try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM cases)")) ?? false
    }

    /// Whether the file holds the case with this number (its row, by primary key).
    static func holds(_ receipt: ReceiptNumber, _ db: Database) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM cases NOT INDEXED WHERE receipt = ?")
        return try Bool.fetchOne(statement, arguments: [receipt.description]) != nil
    }

    /// Whether the file holds any case (see `holdsCases(_:)`).
    public func holdsCases() throws(CaseStoreError) -> Bool {
        try run { try pool.read { db in try Self.holdsCases(db) } }
    }

    public static func empty(_ path: String) -> CaseStoreError {
        CaseStoreError(path: path, reason: "holds no case (import cases with `kiosk cases import`, or demo cases with `kiosk cases seed`)")
    }

    static func find(_ receipt: ReceiptNumber, _ db: Database) throws -> CaseRecord? {
        // Cached statements: compiling SQL each time doubled a look-up's cost. NOT INDEXED: the row is found by
        // its primary key, never through `cases_receipts`, the second copy of the keys that tells damage apart.
        let key = receipt.description
        let select = try db.cachedStatement(sql: "SELECT * FROM cases NOT INDEXED WHERE receipt = ?")
        guard let row = try Row.fetchOne(select, arguments: [key]) else { return nil }
        let steps = try db.cachedStatement(sql: "SELECT * FROM case_history WHERE receipt = ? ORDER BY position")
        var record = try CaseRow.record(row, receipt: receipt, history: try Row.fetchAll(steps, arguments: [key]))
        record.transfers = try transfers(key, db)
        return record
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

    /// Brings a copy up to date in one transaction: `records` written with their transfers as the server has
    /// them, `removed` numbers deleted.
    public func apply(_ records: [CaseRecord], removing removed: [String]) throws(CaseStoreError) {
        try run {
            try pool.write { db in
                for record in records {
                    try CaseRow.save(record, db)
                    try Self.replaceTransfers(of: record, db)
                }
                for receipt in removed {
                    try db.execute(sql: "DELETE FROM payment_notices WHERE receipt = ?", arguments: [receipt])
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
                // Written whole, so that the row's check matches its new status.
                guard var record = try Self.find(receipt, db) else { return }
                record.status = status
                try CaseRow.save(record, db)
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

    /// SQLite's check of every page's structure (`PRAGMA quick_check`): nil when the file is whole, else its
    /// first finding. Reads the whole file: for `kiosk doctor`, not for a citizen's path.
    public func quickCheck() throws(CaseStoreError) -> String? {
        try run {
            try pool.read { db in
                let finding = try String.fetchOne(db, sql: "PRAGMA quick_check(1)") ?? "no answer"
                return finding == "ok" ? nil : finding
            }
        }
    }

    /// Writes the WAL into the file and empties it (tests that damage the file's pages need them there).
    func checkpointForTests() throws(CaseStoreError) {
        try run { try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) } }
    }

    /// What this file keeps a number's failed look-ups under (see `SecondFactorKey.guessKey`).
    public func guessKey(_ receipt: ReceiptNumber) -> String {
        key.guessKey(receipt)
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
