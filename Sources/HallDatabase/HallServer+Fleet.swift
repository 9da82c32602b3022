import Foundation
import PostgresNIO

/// A kiosk as the server last heard from it (`kiosk fleet status`).
public struct KioskContact: Sendable, Equatable {
    public var kiosk: String
    public var lastContact: Date
    public var catalogVersion: String
    public var programVersion: String
    public var outboxLength: Int

    public init(kiosk: String, lastContact: Date, catalogVersion: String, programVersion: String, outboxLength: Int) {
        self.kiosk = kiosk
        self.lastContact = lastContact
        self.catalogVersion = catalogVersion
        self.programVersion = programVersion
        self.outboxLength = outboxLength
    }
}

extension HallServer {
    /// Tells the server this kiosk is there, what it runs and how much waits in its outbox.
    public func report(_ contact: KioskContact, within seconds: TimeInterval? = nil) throws(HallError) {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            try await client.query("""
                INSERT INTO kiosks (kiosk_id, last_contact, catalog_version, program_version, outbox_length)
                VALUES (\(contact.kiosk), now(), \(contact.catalogVersion), \(contact.programVersion),
                    \(Int32(clamping: contact.outboxLength)))
                ON CONFLICT (kiosk_id) DO UPDATE SET last_contact = now(), catalog_version = EXCLUDED.catalog_version,
                    program_version = EXCLUDED.program_version, outbox_length = EXCLUDED.outbox_length
                """)
        }
    }

    /// Every kiosk that ever reported, by name.
    public func fleet(within seconds: TimeInterval? = nil) throws(HallError) -> [KioskContact] {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            let rows = try await client.query("""
                SELECT kiosk_id, extract(epoch FROM last_contact)::float8, catalog_version, program_version,
                    outbox_length FROM kiosks ORDER BY kiosk_id
                """)
            var kiosks: [KioskContact] = []
            for try await (kiosk, seconds, catalog, program, outbox)
                in rows.decode((String, Double, String, String, Int32).self)
            {
                kiosks.append(KioskContact(kiosk: kiosk, lastContact: Date(timeIntervalSince1970: seconds),
                                           catalogVersion: catalog, programVersion: program, outboxLength: Int(outbox)))
            }
            return kiosks
        }
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
