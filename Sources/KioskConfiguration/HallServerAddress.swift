import Foundation

/// Where a hall's shared PostgreSQL server is: `[database] url` in kiosk.conf,
/// `postgresql://USER@HOST:PORT/DATABASE?sslmode=require|prefer|disable`. The URL never holds the password
/// (kiosk.conf is readable by more people than the password should be, and URLs end up in logs): it comes from
/// `database.password_file` or PGPASSFILE.
public struct HallServerAddress: Sendable, Equatable, CustomStringConvertible {
    /// TLS as libpq names it: `require` refuses a server without TLS, `prefer` uses it when the server offers it.
    public enum TLSMode: String, Sendable, CaseIterable {
        case require, prefer, disable
    }

    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    public var tls: TLSMode

    public init(user: String, host: String, port: Int = 5432, database: String, tls: TLSMode = .prefer) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.tls = tls
    }

    /// What the log and `kiosk doctor` may show: everything the URL holds (there is no password in it).
    public var description: String { "postgresql://\(user)@\(host):\(port)/\(database)?sslmode=\(tls.rawValue)" }

    /// What is wrong with a URL, said for the operator.
    public enum Problem: Error, Equatable, Sendable {
        case notPostgres
        case passwordInURL
        case noUser
        case noHost
        case noDatabase
        case badPort(String)
        case unknownParameter(String)
        case badTLS(String)
    }

    /// The URL as a problem report may quote it: a password typed into it by mistake is not repeated.
    public static func redacted(_ text: String) -> String {
        guard let start = text.range(of: "://"), let at = text.lastIndex(of: "@"), start.upperBound < at,
              let colon = text[start.upperBound..<at].firstIndex(of: ":")
        else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }

    /// Reads `text`; refuses anything it would have to guess at.
    public static func parse(_ text: String) -> Result<HallServerAddress, Problem> {
        let scheme = ["postgresql://", "postgres://"].first { text.hasPrefix($0) }
        guard let scheme else { return .failure(.notPostgres) }
        var rest = Substring(text.dropFirst(scheme.count))
        var query = Substring("")
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard let at = rest.lastIndex(of: "@") else { return .failure(.noUser) }
        let userPart = rest[..<at]
        if userPart.contains(":") { return .failure(.passwordInURL) }
        guard !userPart.isEmpty, let user = String(userPart).removingPercentEncoding else { return .failure(.noUser) }
        let location = rest[rest.index(after: at)...]
        guard let slash = location.firstIndex(of: "/") else { return .failure(.noDatabase) }
        let database = String(location[location.index(after: slash)...])
        guard !database.isEmpty, !database.contains("/") else { return .failure(.noDatabase) }
        var hostPart = location[..<slash]
        var port = 5432
        if let colon = hostPart.lastIndex(of: ":"), !hostPart.hasSuffix("]") {
            let digits = String(hostPart[hostPart.index(after: colon)...])
            guard let number = Int(digits), (1...65535).contains(number) else { return .failure(.badPort(digits)) }
            port = number
            hostPart = hostPart[..<colon]
        }
        let host = String(hostPart).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard !host.isEmpty else { return .failure(.noHost) }
        var tls = TLSMode.prefer
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == "sslmode" else { return .failure(.unknownParameter(parts[0])) }
            guard let mode = TLSMode(rawValue: parts[1]) else { return .failure(.badTLS(parts[1])) }
            tls = mode
        }
        return .success(HallServerAddress(user: user, host: host, port: port, database: database, tls: tls))
    }
}

extension HallServerAddress.Problem {
    /// What the operator reads in `kiosk validate`, `kiosk doctor` and the start-up error.
    public var expected: String {
        switch self {
        case .notPostgres: "postgresql://USER@HOST:PORT/DATABASE"
        case .passwordInURL: "no password in the URL (put it in database.password_file or PGPASSFILE)"
        case .noUser: "a user before @ (postgresql://USER@HOST/DATABASE)"
        case .noHost: "a host name after @"
        case .noDatabase: "a database name after the host (…/DATABASE)"
        case .badPort: "a port 1…65535"
        case .unknownParameter: "only sslmode after ?"
        case .badTLS: "sslmode=require, prefer or disable"
        }
    }
}
