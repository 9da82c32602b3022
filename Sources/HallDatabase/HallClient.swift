import Foundation
import KioskConfiguration
import Logging
import PostgresNIO

/// The connection to the hall server: postgres-nio's pool, sized for a kiosk, and a deadline on every call.
///
/// The pool waits for a connection up to about a minute before its circuit breaker trips; a citizen must not.
/// So every call is given a deadline: past it, the caller gets `HallError.deadline` at once and goes on (the
/// kiosk answers from its local copy), while the abandoned call is cancelled and ends on its own.
///
/// After an outage the pool backs off between its connection attempts, up to a minute; a kiosk must be back
/// within seconds of the server. So the sync asks with a connection of its own whether the server answers
/// (`answers`), and when it does, `renew` puts a new pool in place of the one still backing off.
public final class HallClient: @unchecked Sendable {
    public let address: HallServerAddress
    private let configuration: PostgresClient.Configuration
    private let logger: Logger
    /// The pool in use and the task that runs it; replaced whole by `renew`, under `lock`.
    private var current: (client: PostgresClient, runner: Task<Void, Never>)
    private let lock = NSLock()
    /// For `probe`'s own connection; never logged.
    private let password: String?

    /// The pool calls go through now.
    var client: PostgresClient { lock.withLock { current.client } }

    /// Connects lazily: nothing is sent before the first call. `connections`: a kiosk needs 1–2 (look-ups and
    /// the sync beside them); the bench's simulated kiosks use the same.
    /// `logger` takes postgres-nio's own lines, errors only (its connection attempts during an outage are
    /// info lines, one a second; the kiosk logs the link's changes itself, once each way).
    public init(address: HallServerAddress, password: String?, connections: Int = 2, connectTimeout: TimeInterval = 2,
                logger: Logger = Logger(label: "kiosk.hall"))
    {
        self.address = address
        self.password = password
        let tls: PostgresClient.Configuration.TLS = switch address.tls {
        case .require: .require(Self.tlsSettings)
        case .prefer: .prefer(Self.tlsSettings)
        case .disable: .disable
        }
        var configuration = PostgresClient.Configuration(
            host: address.host, port: address.port, username: address.user, password: password,
            database: address.database, tls: tls)
        configuration.options.minimumConnections = 0
        configuration.options.maximumConnections = max(1, connections)
        configuration.options.connectTimeout = .milliseconds(Int64(connectTimeout * 1000))
        configuration.options.keepAliveBehavior = .init(frequency: .seconds(15))
        configuration.options.connectionIdleTimeout = .seconds(120)
        self.configuration = configuration
        var quiet = logger
        quiet.logLevel = .error
        self.logger = quiet
        current = Self.start(configuration, logger: quiet)
    }

    private static func start(_ configuration: PostgresClient.Configuration, logger: Logger)
        -> (client: PostgresClient, runner: Task<Void, Never>)
    {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        return (client, Task { await client.run() })
    }

    /// A new pool in place of the current one, which ends (its calls under way fail; callers have deadlines).
    public func renew() {
        let fresh = Self.start(configuration, logger: logger)
        let old = lock.withLock {
            defer { current = fresh }
            return current
        }
        old.runner.cancel()
    }

    /// Whether the server answers now, asked on a connection of its own within `deadline` (the pool is not
    /// used: it may be waiting out its back-off); nil when it does, else why not (refused, no answer…).
    public func unanswered(within deadline: TimeInterval) -> HallError? {
        do {
            try probe(within: deadline) { connection in
                _ = try await connection.query("SELECT 1", logger: HallServer.quiet).collect()
            }
            return nil
        } catch {
            return error
        }
    }

    /// As libpq's sslmode: require and prefer encrypt but do not verify the certificate (a hall's server usually
    /// has one from the province's own authority); disable sends everything in clear.
    private static var tlsSettings: TLSConfiguration {
        var settings = TLSConfiguration.makeClientConfiguration()
        settings.certificateVerification = .none
        return settings
    }

    deinit {
        current.runner.cancel()
    }

    /// Closes the pool's connections.
    public func shutdown() {
        lock.withLock { current.runner.cancel() }
    }

    /// Opens one connection of its own, outside the pool, and runs `body` on it: the pool retries a refused
    /// login quietly until the deadline, while an operator (`kiosk doctor`) must be told it was refused.
    public func probe<T: Sendable>(within deadline: TimeInterval,
                                   _ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws(HallError) -> T
    {
        let address = address
        let password = password
        let tls: PostgresConnection.Configuration.TLS
        do {
            tls = switch address.tls {
            case .require: .require(try NIOSSLContext(configuration: Self.tlsSettings))
            case .prefer: .prefer(try NIOSSLContext(configuration: Self.tlsSettings))
            case .disable: .disable
            }
        } catch {
            throw .tls("\(error)")
        }
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: password,
            database: address.database, tls: tls)
        configuration.options.connectTimeout = .milliseconds(Int64(deadline * 1000))
        let settings = configuration
        return try Self.waiting(deadline) {
            let connection = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: settings, id: 1,
                logger: HallServer.quiet).get()
            do {
                let value = try await body(connection)
                try? await connection.close()
                return value
            } catch {
                try? await connection.close()
                throw error
            }
        }
    }

    /// Runs `body` against the server and waits for it at most `deadline` seconds, from any thread that is not
    /// one of Swift concurrency's own (the kiosk's effect queue, a command's main thread).
    public func call<T: Sendable>(within deadline: TimeInterval,
                                  _ body: @escaping @Sendable (PostgresClient) async throws -> T) throws(HallError) -> T
    {
        let client = self.client
        return try Self.waiting(deadline) { try await body(client) }
    }

    /// Runs `operation` in a task and waits for it at most `deadline` seconds; past it the task is cancelled
    /// and left to end on its own.
    private static func waiting<T: Sendable>(_ deadline: TimeInterval,
                                             _ operation: @escaping @Sendable () async throws -> T) throws(HallError) -> T
    {
        let answer = Answer<T>()
        let task = Task {
            do {
                answer.set(.success(try await operation()))
            } catch {
                answer.set(.failure(HallError.from(error)))
            }
        }
        guard let result = answer.wait(deadline) else {
            task.cancel()
            throw .deadline(deadline)
        }
        return try result.get()
    }
}

/// One call's result, handed from the task that ran it to the thread that waits.
private final class Answer<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Result<T, HallError>?

    func set(_ value: Result<T, HallError>) {
        lock.withLock { result = value }
        done.signal()
    }

    func wait(_ seconds: TimeInterval) -> Result<T, HallError>? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return lock.withLock { result }
    }
}
