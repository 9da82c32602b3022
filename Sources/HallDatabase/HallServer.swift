import CaseTracking
import Foundation
import Logging
import PostgresNIO

/// What a kiosk and the back office ask of the hall server, each call within a deadline.
public struct HallServer: Sendable {
    public let client: HallClient
    /// The deadline of calls on a citizen's path (a look-up, a rating).
    public let deadline: TimeInterval
    /// The deadline of background work (the sync, the commands): longer, as nobody waits at the screen.
    public let backgroundDeadline: TimeInterval

    public init(client: HallClient, deadline: TimeInterval = 2, backgroundDeadline: TimeInterval = 10) {
        self.client = client
        self.deadline = deadline
        self.backgroundDeadline = backgroundDeadline
    }

    // MARK: The schema

    /// The server's schema version (nil: none); refuses a server this program cannot use.
    public func schemaVersion(within seconds: TimeInterval? = nil) throws(HallError) -> Int? {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            try await client.withConnection { try await HallSchema.found($0) }
        }
    }

    /// Throws unless the server is on this program's schema.
    public func checkSchema(within seconds: TimeInterval? = nil) throws(HallError) {
        let found = try schemaVersion(within: seconds)
        guard found == HallSchema.version else { throw .schema(found: found, needed: HallSchema.version) }
    }

    /// `kiosk database migrate`: brings the server up to `target`.
    public func migrate(to target: Int = HallSchema.version, logger: Logger) throws(HallError) -> (from: Int, to: Int) {
        try client.call(within: 60) { client in try await HallSchema.migrate(client, to: target, logger: logger) }
    }

    // MARK: A look-up

    /// The number's count (kept under `guessKey`, its keyed hash) and its case in one round trip, by a
    /// statement prepared once per connection.
    public func lookUp(_ receipt: ReceiptNumber, guessKey: String, within seconds: TimeInterval? = nil)
        throws(HallError) -> HallLookUpRow
    {
        let number = receipt.description
        return try client.call(within: seconds ?? deadline) { client in
            let rows = try await client.execute(LookUpStatement(receipt: number, guessKey: guessKey))
            for try await row in rows { return row }
            return (ReceiptGuesses(), nil, [])
        }
    }

    // MARK: What kiosks send

    /// Applies `events` in order in one transaction: each is applied once (its id is recorded); returns the
    /// count of each number touched, by its hash, as it stands after them. Counts whose lock or window is over
    /// are removed first.
    public func apply(_ events: [HallEvent], kiosk: String, within seconds: TimeInterval? = nil) throws(HallError)
        -> [String: ReceiptGuesses]
    {
        try client.call(within: seconds ?? deadline) { client in
            try await client.withTransaction(logger: Self.quiet) { connection in
                var counts: [String: ReceiptGuesses] = [:]
                if events.contains(where: \.countsGuesses) { try await Self.expireGuesses(connection) }
                for event in events {
                    if case .rating(let rating) = event.kind {
                        try await Self.insert(rating, connection)
                        continue
                    }
                    if case .search(let search) = event.kind {
                        try await Self.insert(search, connection)
                        continue
                    }
                    let fresh = try await connection.query("""
                        INSERT INTO applied_events (id, kiosk) VALUES (\(event.id), \(kiosk)) ON CONFLICT DO NOTHING
                        RETURNING id
                        """, logger: HallServer.quiet).collect()
                    switch event.kind {
                    case .failed(let key, let number, let time, let cooldown):
                        let count = try await Self.failing(key, number: number, at: time, cooldown: cooldown,
                                                           applied: !fresh.isEmpty, connection)
                        counts[key] = count
                    case .succeeded(let key):
                        if !fresh.isEmpty {
                            try await connection.query("DELETE FROM receipt_guesses WHERE receipt_key = \(key)",
                                                       logger: HallServer.quiet)
                        }
                        counts[key] = ReceiptGuesses()
                    case .rating, .search, .failure, .success:
                        break  // ratings above; a number in clear is hashed by the kiosk before it is sent
                    }
                }
                return counts
            }
        }
    }

    /// Counts one failure under a row lock (created first, so that two kiosks failing on a new number at once
    /// both count); an event already applied only reads the count.
    private static func failing(_ key: String, number: String?, at time: Date, cooldown: TimeInterval,
                                applied fresh: Bool, _ connection: PostgresConnection) async throws -> ReceiptGuesses
    {
        try await connection.query("""
            INSERT INTO receipt_guesses (receipt_key, failures) VALUES (\(key), 0) ON CONFLICT DO NOTHING
            """, logger: HallServer.quiet)
        let rows = try await connection.query("""
            SELECT failures, window_start, last_failure, locked_until FROM receipt_guesses
            WHERE receipt_key = \(key) FOR UPDATE
            """, logger: HallServer.quiet).collect()
        let before = try rows.first.map { try HallGuessRows.guesses($0.makeRandomAccess()) } ?? ReceiptGuesses()
        guard fresh else { return before }
        let after = GuessPolicy(baseCooldown: cooldown).failing(before, at: time)
        try await connection.query("""
            UPDATE receipt_guesses SET failures = \(Int32(after.failures)),
                window_start = \(after.windowStart?.timeIntervalSince1970),
                last_failure = \(after.lastFailure?.timeIntervalSince1970),
                locked_until = \(after.lockedUntil?.timeIntervalSince1970),
                receipt = \(after.lockedUntil == nil ? nil : number)
            WHERE receipt_key = \(key)
            """, logger: HallServer.quiet)
        return after
    }

    /// Counts that hold nothing any more (a lock that has ended; no lock and a 24-hour window that has
    /// passed): removed, so the server keeps no trace of old guesses.
    private static func expireGuesses(_ connection: PostgresConnection) async throws {
        let now = Date().timeIntervalSince1970
        let window = GuessPolicy().window
        try await connection.query("""
            DELETE FROM receipt_guesses
            WHERE (locked_until IS NOT NULL AND locked_until <= \(now))
               OR (locked_until IS NULL AND coalesce(window_start, last_failure, 0) <= \(now - window))
            """, logger: HallServer.quiet)
    }

    /// A rating, unless its id is there; a case's new rating marks the case's earlier ones replaced.
    private static func insert(_ rating: Rating, _ connection: PostgresConnection) async throws {
        let body = String(decoding: try JSONEncoder().encode(rating), as: UTF8.self)
        let inserted = try await connection.query("""
            INSERT INTO ratings (id, kind, receipt, kiosk, time, satisfied, is_demo, body)
            VALUES (\(rating.id), \(rating.kind.rawValue), \(rating.receipt?.description), \(rating.kiosk),
                \(rating.time.timeIntervalSince1970), \(rating.satisfaction.map { $0.isSatisfied }), \(rating.demo),
                \(body))
            ON CONFLICT (id) DO NOTHING RETURNING id
            """, logger: HallServer.quiet).collect()
        if !inserted.isEmpty, rating.kind == .caseForm, let receipt = rating.receipt?.description {
            try await connection.query("""
                UPDATE ratings SET replaced_by = \(rating.id)
                WHERE kind = 'case' AND receipt = \(receipt) AND id <> \(rating.id) AND replaced_by IS NULL
                """, logger: HallServer.quiet)
        }
    }

    // MARK: Ratings

    /// The ratings given from `start` up to `end`, oldest first (a case's replaced ratings left out).
    public func ratings(from start: Date, to end: Date, within seconds: TimeInterval? = nil) throws(HallError) -> [Rating] {
        try client.call(within: seconds ?? deadline) { client in
            let rows = try await client.query("""
                SELECT body, is_demo FROM ratings
                WHERE time >= \(start.timeIntervalSince1970) AND time < \(end.timeIntervalSince1970)
                    AND replaced_by IS NULL ORDER BY time, id
                """)
            var ratings: [Rating] = []
            // The column, not the body, says demo: what the office added through kiosk_add_demo_rating is demo
            // whatever its body claims.
            for try await (body, demo) in rows.decode((String, Bool).self) {
                guard var rating = try? JSONDecoder().decode(Rating.self, from: Data(body.utf8)) else { continue }
                rating.demo = demo
                ratings.append(rating)
            }
            return ratings
        }
    }

    public func caseRating(_ receipt: ReceiptNumber, within seconds: TimeInterval? = nil) throws(HallError) -> Rating? {
        let key = receipt.description
        return try client.call(within: seconds ?? deadline) { client in
            let rows = try await client.query("""
                SELECT body FROM ratings WHERE kind = 'case' AND receipt = \(key) AND replaced_by IS NULL
                ORDER BY time DESC LIMIT 1
                """)
            for try await body in rows.decode(String.self) {
                return try? JSONDecoder().decode(Rating.self, from: Data(body.utf8))
            }
            return nil
        }
    }

    // MARK: Locks

    @discardableResult
    /// Lifts the lock or pause on the count kept under `guessKey` (the number's keyed hash).
    public func unlock(guessKey key: String, within seconds: TimeInterval? = nil) throws(HallError) -> Bool {
        try client.call(within: seconds ?? deadline) { client in
            let rows = try await client.query("DELETE FROM receipt_guesses WHERE receipt_key = \(key) RETURNING receipt_key")
                .collect()
            return !rows.isEmpty
        }
    }

    public func locks(at now: Date, within seconds: TimeInterval? = nil) throws(HallError)
        -> [(receipt: ReceiptNumber, until: Date)]
    {
        let found: [(String, Double)] = try client.call(within: seconds ?? deadline) { client in
            let rows = try await client.query("""
                SELECT receipt, locked_until FROM receipt_guesses
                WHERE locked_until > \(now.timeIntervalSince1970) AND receipt IS NOT NULL
                ORDER BY locked_until
                """)
            var locks: [(String, Double)] = []
            for try await (receipt, until) in rows.decode((String, Double).self) { locks.append((receipt, until)) }
            return locks
        }
        return found.compactMap { text, until in
            ReceiptNumber(parsing: text).map { ($0, Date(timeIntervalSince1970: until)) }
        }
    }

    // MARK: The copy

    /// Case changes after `key`, in the order they were written, at most `limit`: changed cases and removed
    /// numbers, where the next batch starts, and the oldest transaction still running as they were read.
    public func changes(after key: HallChangeKey, limit: Int = 500, within seconds: TimeInterval? = nil)
        throws(HallError) -> HallChanges
    {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            // All three reads in one snapshot, so that no change falls between them.
            try await client.withConnection { connection in
                try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: HallServer.quiet)
                do {
                    let changes = try await Self.changes(after: key, limit: limit, connection)
                    try await connection.query("COMMIT", logger: HallServer.quiet)
                    return changes
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: HallServer.quiet)
                    throw error
                }
            }
        }
    }

    private static func changes(after key: HallChangeKey, limit: Int, _ connection: PostgresConnection) async throws
        -> HallChanges
    {
        var settled = key.writer
        let oldest = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"),
            logger: HallServer.quiet)
        for try await value in oldest.decode(Int64.self) { settled = value }
        var changed: [(key: HallChangeKey, columns: CaseColumns?, transfers: [ReceivedTransfer], removed: String?)] = []
        let rows = try await connection.query(PostgresQuery(unsafeSQL: """
            SELECT \(HallCaseRows.columns), c.writer::text::bigint AS writer, c.version FROM cases c
            WHERE (c.writer, c.version) > ($1::text::xid8, $2) ORDER BY c.writer, c.version LIMIT $3
            """, binds: binds(key.writer, key.version, Int64(limit))), logger: HallServer.quiet)
        for try await row in rows {
            let access = row.makeRandomAccess()
            let rowKey = HallChangeKey(writer: try access["writer"].decode(Int64.self),
                                       version: try access["version"].decode(Int64.self))
            changed.append((rowKey, try HallCaseRows.columns(access), try HallCaseRows.transfers(access), nil))
        }
        let caseRows = changed.count
        let removed = try await connection.query(PostgresQuery(unsafeSQL: """
            SELECT receipt, writer::text::bigint, version FROM removed_cases
            WHERE (writer, version) > ($1::text::xid8, $2) ORDER BY writer, version LIMIT $3
            """, binds: binds(key.writer, key.version, Int64(limit))), logger: HallServer.quiet)
        for try await (receipt, writer, version) in removed.decode((String, Int64, Int64).self) {
            changed.append((HallChangeKey(writer: writer, version: version), nil, [], receipt))
        }
        changed.sort { $0.key < $1.key }
        var changes = HallChanges(after: key, settled: settled)
        changes.complete = caseRows < limit && changed.count - caseRows < limit && changed.count <= limit
        for change in changed.prefix(limit) {
            if let columns = change.columns {
                changes.cases.append(columns)
                if !change.transfers.isEmpty { changes.transfers[columns.receipt] = change.transfers }
            }
            if let receipt = change.removed { changes.removed.append(receipt) }
            changes.after = change.key
        }
        return changes
    }

    static func binds(_ values: Int64...) -> PostgresBindings {
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        return bindings
    }

    static let quiet = Logger(label: "kiosk.hall.quiet", factory: { _ in SwiftLogNoOpLogHandler() })
}

/// What changed on the server since a kiosk's watermark.
/// Where a change stands in the order changes were written: its transaction, then its number.
public struct HallChangeKey: Sendable, Comparable {
    public var writer: Int64
    public var version: Int64

    /// Before every change written by `writer` or later.
    public static func from(_ writer: Int64) -> HallChangeKey { HallChangeKey(writer: writer, version: .min) }

    public static func < (a: HallChangeKey, b: HallChangeKey) -> Bool { (a.writer, a.version) < (b.writer, b.version) }
}

public struct HallChanges: Sendable {
    public var cases: [CaseColumns] = []
    /// The transfers kept for the changed cases that have any, by receipt number.
    public var transfers: [String: [ReceivedTransfer]] = [:]
    public var removed: [String] = []
    /// Where the next batch starts.
    public var after: HallChangeKey
    /// The oldest transaction still running when this batch was read: once a pass is complete, every change
    /// written below it is in the copy, and the next pass starts there.
    public var settled: Int64
    /// Everything up to now was read (else pull again at once).
    public var complete = true
}

/// What a look-up reads in one round trip: the number's count, its case and the transfers kept for it.
public typealias HallLookUpRow = (guesses: ReceiptGuesses, columns: CaseColumns?, transfers: [ReceivedTransfer])

/// The look-up's one statement: the number's failed look-ups and its case, both possibly absent.
struct LookUpStatement: PostgresPreparedStatement {
    typealias Row = HallLookUpRow
    static let sql = """
        SELECT g.failures, g.window_start, g.last_failure, g.locked_until, \(HallCaseRows.columns)
        FROM (SELECT $1::text AS wanted, $2::text AS key) q
        LEFT JOIN receipt_guesses g ON g.receipt_key = q.key LEFT JOIN cases c ON c.receipt = q.wanted
        """
    var receipt: String
    var guessKey: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(receipt)
        bindings.append(guessKey)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        let access = row.makeRandomAccess()
        return (try HallGuessRows.guesses(access), try HallCaseRows.columns(access), try HallCaseRows.transfers(access))
    }
}
