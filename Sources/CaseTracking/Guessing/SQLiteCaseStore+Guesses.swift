import Foundation
import GRDB

/// Failed look-ups in the case database: each change in one write transaction, so that two kiosks failing on
/// the same number at once both count.
extension SQLiteCaseStore {
    public func verdict(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> GuessVerdict
    {
        try run {
            try writer.read { db in
                policy.verdict(receipt: try Self.guesses(receipt, db), kiosk: try Self.bucket(kiosk, db), at: now)
            }
        }
    }

    public func recordFailure(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> GuessVerdict
    {
        try run {
            try writer.write { db in
                let count = policy.failing(try Self.guesses(receipt, db), at: now)
                let bucket = policy.failing(try Self.bucket(kiosk, db), at: now)
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO receipt_guesses (receipt, failures, window_start, last_failure,
                            locked_until) VALUES (?, ?, ?, ?, ?)
                        """,
                    arguments: [receipt.description, count.failures, count.windowStart?.timeIntervalSince1970,
                                count.lastFailure?.timeIntervalSince1970, count.lockedUntil?.timeIntervalSince1970])
                try db.execute(sql: "INSERT OR REPLACE INTO kiosk_guesses (kiosk, level, updated) VALUES (?, ?, ?)",
                               arguments: [kiosk, bucket.level, now.timeIntervalSince1970])
                return policy.verdict(receipt: count, kiosk: bucket, at: now)
            }
        }
    }

    public func recordSuccess(receipt: ReceiptNumber) throws(CaseStoreError) {
        try unlock(receipt: receipt)
    }

    @discardableResult
    public func unlock(receipt: ReceiptNumber) throws(CaseStoreError) -> Bool {
        try run {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM receipt_guesses WHERE receipt = ?", arguments: [receipt.description])
                return db.changesCount > 0
            }
        }
    }

    public func locks(at now: Date) throws(CaseStoreError) -> [(receipt: ReceiptNumber, until: Date)] {
        try run {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT receipt, locked_until FROM receipt_guesses WHERE locked_until > ? ORDER BY locked_until
                    """, arguments: [now.timeIntervalSince1970]).compactMap { row in
                    guard let receipt = ReceiptNumber(parsing: row["receipt"]) else { return nil }
                    return (receipt, Date(timeIntervalSince1970: row["locked_until"]))
                }
            }
        }
    }

    static func guesses(_ receipt: ReceiptNumber, _ db: Database) throws -> ReceiptGuesses {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM receipt_guesses WHERE receipt = ?"),
            arguments: [receipt.description])
        else { return ReceiptGuesses() }
        func date(_ column: String) -> Date? { (row[column] as Double?).map(Date.init(timeIntervalSince1970:)) }
        return ReceiptGuesses(failures: row["failures"], windowStart: date("window_start"),
                              lastFailure: date("last_failure"), lockedUntil: date("locked_until"))
    }

    static func bucket(_ kiosk: String, _ db: Database) throws -> KioskGuesses {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT level, updated FROM kiosk_guesses WHERE kiosk = ?"), arguments: [kiosk])
        else { return KioskGuesses() }
        return KioskGuesses(level: row["level"], updated: Date(timeIntervalSince1970: row["updated"]))
    }
}
