import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import Logging
import PostgresNIO
import TestSupport

/// A hall for the tests: a throw-away server with the deploy recipe's roles, migrated, and kiosks on it.
final class TestHall: @unchecked Sendable {
    let cluster: PostgresCluster
    let key = SecondFactorKey.generate()
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    init(migrateTo version: Int = HallSchema.version) throws {
        cluster = try PostgresCluster()
        try cluster.psql(file: "\(Self.repository)/deploy/hall/roles.sql")
        try cluster.psql(file: "\(Self.repository)/deploy/hall/add-office.sql",
                         variables: ["name": "office", "password": "office-pass"])
        let owner = try server(user: cluster.superuser, password: cluster.superPassword)
        _ = try owner.migrate(to: version, logger: Logger(label: "test"))
    }

    func addKiosk(_ name: String) throws {
        try cluster.psql(file: "\(Self.repository)/deploy/hall/add-kiosk.sql",
                         variables: ["name": name, "password": "\(name)-pass"])
    }

    func address(user: String, port: Int? = nil) -> HallServerAddress {
        HallServerAddress(user: user, host: "127.0.0.1", port: port ?? cluster.port, database: cluster.database,
                          tls: .disable)
    }

    func server(user: String, password: String, port: Int? = nil, deadline: TimeInterval = 2) throws -> HallServer {
        HallServer(client: HallClient(address: address(user: user, port: port), password: password),
                   deadline: deadline, backgroundDeadline: 10)
    }

    /// The back office's connection.
    func office() throws -> HallServer { try server(user: "office", password: "office-pass") }

    /// A kiosk's store: its own copy and outbox in a folder of its own.
    func kiosk(_ name: String, deadline: TimeInterval = 2, port: Int? = nil, copiedAt: Date? = nil) throws -> HallCaseStore {
        let folder = TestScratch.root + "hall-\(name)-\(UUID().uuidString.prefix(6))"
        let copy = try SQLiteCaseStore(path: "\(folder)/copy.sqlite", key: key)
        return HallCaseStore(
            server: try server(user: name, password: "\(name)-pass", port: port, deadline: deadline), copy: copy,
            outbox: try HallOutbox(path: "\(folder)/outbox.sqlite"), link: HallLink(copiedAt: copiedAt), kiosk: name,
            logger: Logger(label: "test"))
    }

    /// A case received today at the one-stop desk, with the owner's ID ending in `last4`.
    func incoming(_ sequence: Int, status: CaseStatus = .processing, last4: String = "1234") -> CaseRecord {
        let receipt = ReceiptNumber(agency: "000.00.12.H08", day: "261201", sequence: sequence)!
        let record = CaseRecord(receipt: receipt, procedureCode: "1.001234", channel: .inPerson,
                                receivedAt: LocalTime("2026-12-01 08:15"), appointment: LocalDay("2026-12-10"),
                                status: status, handlingAgency: "SO_TU_PHAP",
                                history: [HistoryEntry(time: LocalTime("2026-12-01 08:15")!, from: "ONE_STOP",
                                                       action: .received)])
        return IncomingCase(record: record, owner: CaseOwner(name: "Nguyễn Văn An", idNumber: "07409000" + last4))
            .reduced(using: key)
    }
}

/// Waits for `condition` up to `seconds` (what the screen or the database shows, never a fixed time).
func eventually(_ seconds: TimeInterval = 30, _ condition: () throws -> Bool) rethrows -> Bool {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
        if try condition() { return true }
        usleep(50_000)
    }
    return try condition()
}

/// A back-office session of its own with a transaction left open, to make two writers overlap as two imports
/// at once would.
final class OfficeSession: @unchecked Sendable {
    private let connection: PostgresConnection

    init(_ hall: TestHall) throws {
        let configuration = PostgresConnection.Configuration(
            host: "127.0.0.1", port: hall.cluster.port, username: "office", password: "office-pass",
            database: hall.cluster.database, tls: .disable)
        connection = try Self.blocking {
            try await PostgresConnection.connect(configuration: configuration, id: 7, logger: Logger(label: "test"))
        }
    }

    /// Runs `sql` and waits (up to 30 s) for the server's answer.
    func run(_ sql: String) throws {
        let connection = connection
        try Self.blocking { _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test")).collect() }
    }

    deinit {
        let connection = connection
        Task { try? await connection.close() }
    }

    private static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<T, any Error>?
        Task {
            do { result = .success(try await body()) } catch { result = .failure(error) }
            done.signal()
        }
        guard done.wait(timeout: .now() + 30) == .success, let result else {
            throw NoAnswer()
        }
        return try result.get()
    }
}

struct NoAnswer: Error, CustomStringConvertible {
    var description: String { "the server did not answer within 30 s" }
}
