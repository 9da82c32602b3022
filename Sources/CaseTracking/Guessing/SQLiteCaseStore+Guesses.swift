import Foundation
import GRDB

/// Failed look-ups in the case database: each change in one write transaction, so that two kiosks failing on
/// the same number at once both count. A number's count is kept under its keyed hash (`guessKey`), never the
/// number typed, and a count is removed once it holds nothing any more (its lock or its window over).
extension SQLiteCaseStore {
    public func verdict(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> GuessVerdict
    {
        try run {
            try writer.read { db in
                let (count, bucket) = try Self.counts(guessKey(receipt), kiosk, db)
                return policy.verdict(receipt: count, kiosk: bucket, at: now)
            }
        }
    }

    public func recordFailure(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date, isCase: Bool)
        throws(CaseStoreError) -> GuessVerdict
    {
        try run {
            try writer.write { db in
                try Self.expireGuesses(db, at: now, policy: policy)
                let (before, kept) = try Self.counts(guessKey(receipt), kiosk, db)
                let count = policy.failing(before, at: now)
                let bucket = policy.failing(kept, at: now)
                try write(count, receipt: receipt, isCase: isCase, db)
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
                try db.execute(sql: "DELETE FROM receipt_guesses WHERE receipt_key = ?", arguments: [guessKey(receipt)])
                return db.changesCount > 0
            }
        }
    }

    /// The locked numbers that are cases' (a number with no case is nobody's to unlock, and is kept only as a
    /// hash).
    public func locks(at now: Date) throws(CaseStoreError) -> [(receipt: ReceiptNumber, until: Date)] {
        try run {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT receipt, locked_until FROM receipt_guesses
                    WHERE locked_until > ? AND receipt IS NOT NULL ORDER BY locked_until
                    """, arguments: [now.timeIntervalSince1970]).compactMap { row in
                    guard let receipt = ReceiptNumber(parsing: row["receipt"]) else { return nil }
                    return (receipt, Date(timeIntervalSince1970: row["locked_until"]))
                }
            }
        }
    }

    /// The number's count and the kiosk's bucket as this file holds them.
    public func guesses(receipt: ReceiptNumber, kiosk: String) throws(CaseStoreError) -> (ReceiptGuesses, KioskGuesses) {
        try run { try writer.read { db in try Self.counts(guessKey(receipt), kiosk, db) } }
    }

    /// Takes the number's count from elsewhere (the hall server's, which holds every kiosk's failures).
    public func adopt(_ count: ReceiptGuesses, receipt: ReceiptNumber) throws(CaseStoreError) {
        try run {
            try writer.write { db in
                if count == ReceiptGuesses() {
                    try db.execute(sql: "DELETE FROM receipt_guesses WHERE receipt_key = ?", arguments: [guessKey(receipt)])
                    return
                }
                try write(count, receipt: receipt, isCase: false, db)
            }
        }
    }

    /// Writes a number's count under its hash; the number itself only when it is locked and a case's, so that
    /// staff can find it (`kiosk cases locks`): a case's number is in the file anyway.
    private func write(_ count: ReceiptGuesses, receipt: ReceiptNumber, isCase: Bool, _ db: Database) throws {
        let shown = try count.lockedUntil != nil && (isCase || Self.holds(receipt, db)) ? receipt.description : nil
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO receipt_guesses (receipt_key, receipt, failures, window_start, last_failure,
                    locked_until)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [guessKey(receipt), shown, count.failures, count.windowStart?.timeIntervalSince1970,
                        count.lastFailure?.timeIntervalSince1970, count.lockedUntil?.timeIntervalSince1970])
    }

    /// Counts that hold nothing any more: a lock that has ended, or no lock and a window that has passed
    /// (`GuessPolicy` would start them over anyway). Removed, so the file keeps no trace of old guesses.
    static func expireGuesses(_ db: Database, at now: Date, policy: GuessPolicy) throws {
        try db.execute(sql: expiry, arguments: [now.timeIntervalSince1970, policy.window])
    }

    /// Run with every failure: each side of the OR has an index of its own (migration guesses-v3-expiry), so it
    /// reads only the counts that have run out.
    static let expiry = """
        DELETE FROM receipt_guesses
        WHERE (locked_until IS NOT NULL AND locked_until <= ?1)
           OR (locked_until IS NULL AND coalesce(window_start, last_failure, 0) <= ?1 - ?2)
        """

    /// Removes the counts that have run out (the kiosk does so as it starts, and with each failure).
    public func expireGuesses(at now: Date, policy: GuessPolicy) throws(CaseStoreError) {
        try run { try writer.write { db in try Self.expireGuesses(db, at: now, policy: policy) } }
    }

    /// The number's count and the kiosk's bucket in one statement, columns read by position: on every look-up's
    /// path, where two statements and columns found by name cost as much as reading the case.
    static func counts(_ receiptKey: String, _ kiosk: String, _ db: Database) throws
        -> (ReceiptGuesses, KioskGuesses)
    {
        let statement = try db.cachedStatement(sql: """
            SELECT g.failures, g.window_start, g.last_failure, g.locked_until, k.level, k.updated
            FROM (SELECT 1) LEFT JOIN receipt_guesses g ON g.receipt_key = ? LEFT JOIN kiosk_guesses k ON k.kiosk = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [receiptKey, kiosk]) else {
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
