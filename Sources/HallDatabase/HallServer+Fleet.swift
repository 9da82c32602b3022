import Foundation
import PostgresNIO
import ProcedureCatalog

/// A kiosk as the server last heard from it (`kiosk fleet status`): what it runs, what waited in its outbox
/// when it reported, and the last problem it met with the server.
public struct KioskContact: Sendable, Equatable, Codable {
    public var kiosk: String
    /// When the server last heard from it (the server's clock); the outbox length is as of then.
    public var lastContact: Date
    public var catalog: CatalogVersion
    public var programVersion: String
    public var outboxLength: Int
    /// The last time the kiosk lost the server, and why (kept once it is back: an operator asks "what happened").
    public var problem: HallError?
    public var problemAt: Date?

    /// A kiosk reports this often while the server answers.
    public static let reportInterval: TimeInterval = 30
    /// Not heard from for this long (three reports missed), a kiosk is away: switched off, or cut from the server.
    public static let awayAfter: TimeInterval = 90

    public init(kiosk: String, lastContact: Date, catalog: CatalogVersion, programVersion: String, outboxLength: Int,
                problem: HallError? = nil, problemAt: Date? = nil) {
        self.kiosk = kiosk
        self.lastContact = lastContact
        self.catalog = catalog
        self.programVersion = programVersion
        self.outboxLength = outboxLength
        self.problem = problem
        self.problemAt = problemAt
    }

    /// Whether the server has not heard from it for too long at `now` (the server's clock).
    public func isAway(at now: Date) -> Bool { now.timeIntervalSince(lastContact) > Self.awayAfter }
}

/// The hall's kiosks as the server knows them, with the server's clock when it answered (a kiosk is away by
/// that clock, not by the clock of the machine asking).
public struct Fleet: Sendable, Equatable, Codable {
    public var kiosks: [KioskContact]
    public var serverTime: Date

    public init(kiosks: [KioskContact], serverTime: Date) {
        self.kiosks = kiosks
        self.serverTime = serverTime
    }
}

extension HallServer {
    /// Tells the server this kiosk is there, what it runs, how much waits in its outbox, its last problem.
    public func report(_ contact: KioskContact, within seconds: TimeInterval? = nil) throws(HallError) {
        let problem = contact.problem.flatMap { try? JSONEncoder().encode($0) }.map { String(decoding: $0, as: UTF8.self) }
        let problemAt = contact.problemAt?.timeIntervalSince1970
        let catalogDate = contact.catalog.date?.timeIntervalSince1970
        try client.call(within: seconds ?? backgroundDeadline) { client in
            try await client.query("""
                INSERT INTO kiosks (kiosk_id, last_contact, catalog_version, catalog_date, program_version,
                    outbox_length, problem, problem_at)
                VALUES (\(contact.kiosk), now(), \(contact.catalog.digest), to_timestamp(\(catalogDate)),
                    \(contact.programVersion), \(Int32(clamping: contact.outboxLength)), \(problem),
                    to_timestamp(\(problemAt)))
                ON CONFLICT (kiosk_id) DO UPDATE SET last_contact = now(), catalog_version = EXCLUDED.catalog_version,
                    catalog_date = EXCLUDED.catalog_date, program_version = EXCLUDED.program_version,
                    outbox_length = EXCLUDED.outbox_length, problem = EXCLUDED.problem,
                    problem_at = EXCLUDED.problem_at
                """)
        }
    }

    /// Every kiosk that ever reported, by name, with the server's clock. `ownConnection`: asked on a
    /// connection of its own (an operator's command: a refused connection is said at once, not after the pool's
    /// retries until the deadline); else through the pool (the sync, every half minute).
    public func fleet(within seconds: TimeInterval? = nil, ownConnection: Bool = false) throws(HallError) -> Fleet {
        let deadline = seconds ?? backgroundDeadline
        if ownConnection {
            return try client.probe(within: deadline) { connection in
                try await Self.fleet(from: connection.query(Self.fleetQuery, logger: Self.quiet))
            }
        }
        return try client.call(within: deadline) { client in try await Self.fleet(from: client.query(Self.fleetQuery)) }
    }

    private static let fleetQuery: PostgresQuery = """
        SELECT kiosk_id, extract(epoch FROM last_contact)::float8, catalog_version,
            extract(epoch FROM catalog_date)::float8, program_version, outbox_length, problem,
            extract(epoch FROM problem_at)::float8, extract(epoch FROM now())::float8
        FROM kiosks ORDER BY kiosk_id
        """

    private static func fleet(from rows: PostgresRowSequence) async throws -> Fleet {
        var fleet = Fleet(kiosks: [], serverTime: Date())
        for try await (kiosk, contact, catalog, catalogDate, program, outbox, problem, problemAt, now)
            in rows.decode((String, Double, String, Double?, String, Int32, String?, Double?, Double).self)
        {
            fleet.serverTime = Date(timeIntervalSince1970: now)
            fleet.kiosks.append(KioskContact(
                kiosk: kiosk, lastContact: Date(timeIntervalSince1970: contact),
                catalog: CatalogVersion(digest: catalog, date: catalogDate.map(Date.init(timeIntervalSince1970:))),
                programVersion: program, outboxLength: Int(outbox),
                problem: problem.flatMap { try? JSONDecoder().decode(HallError.self, from: Data($0.utf8)) },
                problemAt: problemAt.map(Date.init(timeIntervalSince1970:))))
        }
        return fleet
    }

    /// The server's clock against this machine's (a look-up's cool-downs are in the sending kiosk's time).
    public func serverTime(within seconds: TimeInterval? = nil) throws(HallError) -> Date {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            let rows = try await client.query("SELECT extract(epoch FROM now())::float8").collect()
            return Date(timeIntervalSince1970: try rows.first?.decode(Double.self) ?? 0)
        }
    }

    /// What `kiosk doctor` checks, on a connection of its own: the login, whether TLS is in use, the schema.
    public func probe(within seconds: TimeInterval? = nil) throws(HallError) -> HallProbe {
        try client.probe(within: seconds ?? backgroundDeadline) { connection in
            let rows = try await connection.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                                                  logger: Self.quiet).collect()
            let tls = try rows.first?.decode(Bool.self) ?? false
            return HallProbe(tls: tls, schemaVersion: try await HallSchema.found(connection))
        }
    }
}

/// What a probe of the server found.
public struct HallProbe: Sendable, Equatable {
    public var tls: Bool
    public var schemaVersion: Int?

    public init(tls: Bool, schemaVersion: Int?) {
        self.tls = tls
        self.schemaVersion = schemaVersion
    }
}
