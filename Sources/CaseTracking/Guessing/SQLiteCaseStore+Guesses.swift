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
                let (count, bucket) = try Self.counts(receipt, kiosk, db)
                return policy.verdict(receipt: count, kiosk: bucket, at: now)
            }
        }
    }

    public func recordFailure(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> GuessVerdict
    {
        try run {
            try writer.write { db in
                let (before, kept) = try Self.counts(receipt, kiosk, db)
                let count = policy.failing(before, at: now)
                let bucket = policy.failing(kept, at: now)
                try Self.write(count, receipt: receipt, db)
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

    /// The number's count and the kiosk's bucket as this file holds them.
    public func guesses(receipt: ReceiptNumber, kiosk: String) throws(CaseStoreError) -> (ReceiptGuesses, KioskGuesses) {
        try run { try writer.read { db in try Self.counts(receipt, kiosk, db) } }
    }

    /// Takes the number's count from elsewhere (the hall server's, which holds every kiosk's failures).
    public func adopt(_ count: ReceiptGuesses, receipt: ReceiptNumber) throws(CaseStoreError) {
        try run {
            try writer.write { db in
                if count == ReceiptGuesses() {
                    try db.execute(sql: "DELETE FROM receipt_guesses WHERE receipt = ?", arguments: [receipt.description])
                    return
                }
                try Self.write(count, receipt: receipt, db)
            }
        }
    }

    private static func write(_ count: ReceiptGuesses, receipt: ReceiptNumber, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO receipt_guesses (receipt, failures, window_start, last_failure, locked_until)
                VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [receipt.description, count.failures, count.windowStart?.timeIntervalSince1970,
                        count.lastFailure?.timeIntervalSince1970, count.lockedUntil?.timeIntervalSince1970])
    }

    /// The number's count and the kiosk's bucket in one statement, columns read by position: on every look-up's
    /// path, where two statements and columns found by name cost as much as reading the case.
    static func counts(_ receipt: ReceiptNumber, _ kiosk: String, _ db: Database) throws
        -> (ReceiptGuesses, KioskGuesses)
    {
        let statement = try db.cachedStatement(sql: """
            SELECT g.failures, g.window_start, g.last_failure, g.locked_until, k.level, k.updated
            FROM (SELECT 1) LEFT JOIN receipt_guesses g ON g.receipt = ? LEFT JOIN kiosk_guesses k ON k.kiosk = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [receipt.description, kiosk]) else {
            return (ReceiptGuesses(), KioskGuesses())
        }
        func date(_ index: Int) -> Date? { (row[index] as Double?).map(Date.init(timeIntervalSince1970:)) }
        let count = (row[0] as Int?).map {
            ReceiptGuesses(failures: $0, windowStart: date(1), lastFailure: date(2), lockedUntil: date(3))
        } ?? ReceiptGuesses()
        let bucket = (row[4] as Double?).map { KioskGuesses(level: $0, updated: date(5)) } ?? KioskGuesses()
        return (count, bucket)
    }
}
