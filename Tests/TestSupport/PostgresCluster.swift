import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throw-away PostgreSQL server from Debian's packages, for the tests of a hall: initdb in a temporary
/// folder, a free port on loopback, passwords required (scram-sha-256), run as the `postgres` user when the
/// tests run as root (PostgreSQL refuses root). `stop()` and `start()` are real faults: the server goes away
/// and comes back with its data. Removed with its folder when the test process ends.
public final class PostgresCluster: @unchecked Sendable {
    public let folder: String
    public let port: Int
    /// The superuser and its password (the operator's role: migrations, roles).
    public let superuser = "postgres"
    public let superPassword = "super-secret-1"
    public let database = "kiosk"
    private let bin: String
    private let asPostgres: Bool

    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    /// Where Debian installs the server's programs.
    public static func binFolder() -> String? {
        let base = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        let newest = versions.compactMap { Int($0) }.sorted().last
        guard let newest else { return nil }
        let bin = "\(base)/\(newest)/bin"
        return FileManager.default.fileExists(atPath: "\(bin)/initdb") ? bin : nil
    }

    public init() throws {
        guard let bin = Self.binFolder() else {
            throw Unavailable(description: "PostgreSQL is not installed (bash scripts/ensure-packages postgresql)")
        }
        self.bin = bin
        asPostgres = geteuid() == 0
        folder = "/tmp/kiosk-pg-\(getpid())-\(UUID().uuidString.prefix(8))"
        port = try Self.freePort()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let passwordFile = "\(folder)/pw"
        try superPassword.write(toFile: passwordFile, atomically: true, encoding: .utf8)
        if asPostgres { try Self.run("/bin/chown", ["-R", "postgres:postgres", folder]) }
        try command("initdb", ["-D", "\(folder)/data", "-U", superuser, "--pwfile=\(passwordFile)",
                               "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"])
        try start()
        try psql("CREATE DATABASE \(database)", database: "postgres")
        let cleanup = folder
        let ctl = "\(bin)/pg_ctl"
        let root = asPostgres
        atexit_blocks.append {
            let arguments = ["-D", "\(cleanup)/data", "-m", "immediate", "stop"]
            _ = try? Self.run(root ? "/usr/sbin/runuser" : ctl, root ? ["-u", "postgres", "--", ctl] + arguments : arguments)
            try? FileManager.default.removeItem(atPath: cleanup)
        }
    }

    deinit {
        try? stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Starts the server and waits until it accepts connections (pg_ctl -w waits for that itself).
    public func start() throws {
        // The server keeps pg_ctl's output open: nothing to read to its end, so nothing is captured.
        do {
            try command("pg_ctl", ["-D", "\(folder)/data", "-w", "-t", "120", "-l", "\(folder)/log",
                                   "-o", "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c max_connections=200",
                                   "start"], capture: false)
        } catch {
            let log = (try? String(contentsOfFile: "\(folder)/log", encoding: .utf8)) ?? ""
            throw Unavailable(description: "\(error)\n\(log)")
        }
    }

    /// Stops the server at once, as a crash or a pulled cable would (open connections are cut).
    public func stop() throws {
        try command("pg_ctl", ["-D", "\(folder)/data", "-m", "immediate", "-w", "stop"])
    }

    /// The server's processes: the postmaster (its pid file's first line) and every process it started.
    public func processes() -> [pid_t] {
        guard let text = try? String(contentsOfFile: "\(folder)/data/postmaster.pid", encoding: .utf8),
              let line = text.split(separator: "\n").first, let postmaster = pid_t(line) else { return [] }
        let children = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // After "pid (name) state": the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == postmaster ? pid : nil
        }
        return [postmaster] + children
    }

    /// Freezes the server as a hung machine would (SIGSTOP to every process): connections stay open and the
    /// kernel still accepts new ones, but nothing answers. `thaw()` lets it go on.
    public func freeze() {
        for pid in processes() { kill(pid, SIGSTOP) }
    }

    public func thaw() {
        for pid in processes() { kill(pid, SIGCONT) }
    }

    /// Kills the server as a power cut would (SIGKILL to every process, no shutdown); `start()` brings it back
    /// through crash recovery. Returns once every process is gone.
    public func killAll() throws {
        let pids = processes()
        for pid in pids { kill(pid, SIGKILL) }
        let end = Date().addingTimeInterval(60)
        while pids.contains(where: { kill($0, 0) == 0 && !Self.isZombie($0) }) {
            guard Date() < end else { throw Unavailable(description: "the server's processes outlived SIGKILL") }
            usleep(50_000)
        }
    }

    private static func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
    }

    /// Runs SQL as the superuser through psql over the socket.
    @discardableResult
    public func psql(_ sql: String, database: String? = nil) throws -> String {
        try command("psql", ["-h", folder, "-p", "\(port)", "-U", superuser, "-d", database ?? self.database,
                             "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
                    environment: ["PGPASSWORD": superPassword])
    }

    /// Runs an SQL file as the superuser, with psql variables (`-v name=value`), as an operator would.
    @discardableResult
    public func psql(file: String, variables: [String: String] = [:]) throws -> String {
        let settings = variables.sorted { $0.key < $1.key }.flatMap { ["-v", "\($0.key)=\($0.value)"] }
        return try command("psql", ["-h", folder, "-p", "\(port)", "-U", superuser, "-d", database,
                                    "-v", "ON_ERROR_STOP=1", "-At"] + settings + ["-f", file],
                           environment: ["PGPASSWORD": superPassword])
    }

    /// The URL of this server for `user`, as kiosk.conf holds it.
    public func url(user: String) -> String {
        "postgresql://\(user)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    @discardableResult
    private func command(_ name: String, _ arguments: [String], environment: [String: String] = [:],
                         capture: Bool = true) throws -> String {
        let program = "\(bin)/\(name)"
        if asPostgres {
            let settings = environment.map { "\($0.key)=\($0.value)" }
            return try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", "/usr/bin/env"] + settings + [program] + arguments,
                                capture: capture)
        }
        return try Self.run(program, arguments, environment: environment, capture: capture)
    }

    @discardableResult
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:],
                    capture: Bool = true) throws -> String {
        do {
            return try Program.run(program, arguments, environment: environment, capture: capture)
        } catch let failure as Program.Failure {
            throw Unavailable(description: failure.description)
        }
    }

    /// A port nothing listens on now (the kernel's choice for port 0).
    public static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw Unavailable(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Clusters still running when the test process exits are stopped then (a failed test may not reach deinit).
nonisolated(unsafe) private var atexit_blocks: [() -> Void] = {
    atexit { for block in atexit_blocks { block() } }
    return []
}()

/// A server that accepts connections and never answers: the fault a hung server or a black-holed network
/// gives, where only a deadline helps.
public final class SilentServer: @unchecked Sendable {
    public let port: Int
    private let descriptor: Int32
    private var accepted: [Int32] = []
    private let lock = NSLock()

    public init() throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let fd = descriptor
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard ok else { throw PostgresCluster.Unavailable(description: "cannot listen") }
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in
            while true {
                let client = accept(fd, nil, nil)
                guard client >= 0 else { return }
                lock.withLock { accepted.append(client) }
            }
        }
        thread.start()
    }

    deinit {
        shutdown(descriptor, Int32(SHUT_RDWR))
        close(descriptor)
        for client in accepted { close(client) }
    }
}
