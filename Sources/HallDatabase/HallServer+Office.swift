import CaseTracking
import Foundation
import PostgresNIO

/// What the back office (and `kiosk cases …` with a hall server) writes: cases, their status, the demo cases.
extension HallServer {
    /// Writes cases (replacing those with the same numbers) in one transaction; kiosks see them at once.
    public func save(_ records: [CaseRecord], within seconds: TimeInterval? = nil) throws(HallError) {
        try client.call(within: seconds ?? 120) { client in
            try await client.withTransaction(logger: Self.quiet) { connection in
                for record in records { try await HallCaseRows.save(record, connection) }
            }
        }
    }

    /// Replaces every demo case with `records` (real cases are never touched).
    public func replaceDemo(with records: [CaseRecord], within seconds: TimeInterval? = nil) throws(HallError) {
        try client.call(within: seconds ?? 120) { client in
            try await client.withTransaction(logger: Self.quiet) { connection in
                try await connection.query("DELETE FROM cases WHERE is_demo", logger: Self.quiet)
                for record in records { try await HallCaseRows.save(record, connection) }
            }
        }
    }

    /// Changes a case's status; false when there is no such case.
    public func setStatus(_ receipt: ReceiptNumber, _ status: CaseStatus, within seconds: TimeInterval? = nil)
        throws(HallError) -> Bool
    {
        let key = receipt.description
        return try client.call(within: seconds ?? backgroundDeadline) { client in
            let rows = try await client.query("""
                UPDATE cases SET status = \(Int32(status.rawValue)) WHERE receipt = \(key) RETURNING receipt
                """).collect()
            return !rows.isEmpty
        }
    }

    public func count(within seconds: TimeInterval? = nil) throws(HallError) -> (all: Int, demo: Int) {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            let rows = try await client.query("SELECT count(*), count(*) FILTER (WHERE is_demo) FROM cases").collect()
            guard let row = rows.first else { return (0, 0) }
            let (all, demo) = try row.decode((Int64, Int64).self)
            return (Int(all), Int(demo))
        }
    }

    /// The second-factor key's fingerprint the server's cases were made with (nil: none recorded yet).
    public func keyFingerprint(within seconds: TimeInterval? = nil) throws(HallError) -> String? {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            let rows = try await client.query("SELECT value FROM settings WHERE name = 'factor_key'").collect()
            return try rows.first?.decode(String.self)
        }
    }

    /// Records the key the imported cases are made with; refuses another key than the one already there.
    public func adopt(keyFingerprint fingerprint: String, within seconds: TimeInterval? = nil) throws(HallError) {
        if let stored = try keyFingerprint(within: seconds), stored != fingerprint {
            throw .server("the hall's cases were imported with another second-factor key (fingerprint \(stored); "
                + "this machine's is \(fingerprint)): copy the hall's key file here")
        }
        try client.call(within: seconds ?? backgroundDeadline) { client in
            try await client.query("""
                INSERT INTO settings (name, value) VALUES ('factor_key', \(fingerprint)) ON CONFLICT (name) DO NOTHING
                """)
        }
    }

    // MARK: Demo ratings

    /// Replaces the hall's demo ratings with `ratings`, each stored as demo whatever it says (the office may
    /// not add a real rating). Returns how many were added.
    @discardableResult
    public func replaceDemoRatings(with ratings: [Rating], within seconds: TimeInterval? = nil) throws(HallError) -> Int {
        try client.call(within: seconds ?? 120) { client in
            try await client.withTransaction(logger: Self.quiet) { connection in
                try await connection.query("SELECT kiosk_clear_demo_ratings()", logger: Self.quiet)
                var added = 0
                for rating in ratings {
                    let body = String(decoding: try JSONEncoder().encode(rating), as: UTF8.self)
                    let rows = try await connection.query("""
                        SELECT kiosk_add_demo_rating(\(rating.id), \(rating.kind.rawValue), \(rating.receipt?.description),
                            \(rating.kiosk), \(rating.time.timeIntervalSince1970), \(rating.satisfaction.map { $0.isSatisfied }),
                            \(body))
                        """, logger: Self.quiet)
                    for try await new in rows.decode(Bool.self) where new { added += 1 }
                }
                return added
            }
        }
    }

    /// Removes the hall's demo ratings (real ones are never touched); returns how many went.
    public func clearDemoRatings(within seconds: TimeInterval? = nil) throws(HallError) -> Int {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            let rows = try await client.query("SELECT kiosk_clear_demo_ratings()", logger: Self.quiet)
            var removed: Int64 = 0
            for try await count in rows.decode(Int64.self) { removed = count }
            return Int(removed)
        }
    }
}
