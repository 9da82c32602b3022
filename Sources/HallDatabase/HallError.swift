import CaseTracking
import Foundation
import NIOCore
import NIOPosix
import PostgresNIO
import ProcedureCatalog

/// Why the hall server did not answer, said for an operator (`kiosk doctor`, the log). Never holds the
/// password, nor a citizen's receipt number or digits.
public enum HallError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// No answer within the deadline: the server or the network is slow or away.
    case deadline(TimeInterval)
    /// The server refused the connection, closed it, or could not be reached.
    case unreachable(String)
    /// The server refused the user or its password.
    case refusedLogin(String)
    /// TLS was required and the server does not offer it, or the handshake failed.
    case tls(String)
    /// The server's schema is not the one this program knows.
    case schema(found: Int?, needed: Int)
    /// The server refused a statement (a missing grant, a broken row).
    case server(String)
    /// No password for this server in the password file or PGPASSFILE.
    case noPassword(String)

    /// In English, as the log keeps it.
    public var description: String { text(in: .en) }

    /// As an operator reads it, in the command line's language. The details come from the server or the
    /// network as they were given (an SQL message, "connection refused"): they are what a search finds.
    public func text(in language: Language) -> String {
        let vi = language == .vi
        return switch self {
        case .deadline(let seconds):
            vi ? "máy chủ sảnh không trả lời trong \(Self.format(seconds)) giây"
                : "no answer from the hall server within \(Self.format(seconds)) s"
        case .unreachable(let detail):
            vi ? "không kết nối được máy chủ sảnh: \(detail)" : "cannot reach the hall server: \(detail)"
        case .refusedLogin(let detail):
            vi ? "máy chủ sảnh từ chối người dùng hoặc mật khẩu của máy này: \(detail)"
                : "the hall server refused this kiosk's user or password: \(detail)"
        case .tls(let detail):
            vi ? "kết nối TLS với máy chủ sảnh thất bại: \(detail)" : "TLS with the hall server failed: \(detail)"
        case .schema(let found, let needed):
            if let found {
                vi ? "lược đồ của máy chủ sảnh là phiên bản \(found), chương trình này cần \(needed): chạy `kiosk database migrate`"
                    : "the hall server's schema is version \(found), this program needs \(needed): run `kiosk database migrate`"
            } else {
                vi ? "máy chủ sảnh chưa có lược đồ của kiosk: chạy `kiosk database migrate` (deploy/hall/README.md)"
                    : "the hall server has no kiosk schema: run `kiosk database migrate` (deploy/hall/README.md)"
            }
        case .server(let detail):
            vi ? "máy chủ sảnh từ chối một lệnh: \(detail)" : "the hall server refused a statement: \(detail)"
        case .noPassword(let detail):
            vi ? "không có mật khẩu cho máy chủ sảnh: \(detail)" : "no password for the hall server: \(detail)"
        }
    }

    static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds))" : String(format: "%.1f", seconds)
    }

    /// What postgres-nio threw, as the operator should read it.
    static func from(_ error: any Error) -> HallError {
        if let hall = error as? HallError { return hall }
        if let transaction = error as? PostgresTransactionError {
            if let inner = transaction.closureError ?? transaction.beginError ?? transaction.commitError {
                return from(inner)
            }
        }
        guard let psql = error as? PSQLError else { return .unreachable("\(error)") }
        if let state = psql.serverInfo?[.sqlState] {
            let message = psql.serverInfo?[.message] ?? state
            if state.hasPrefix("28") { return .refusedLogin(message) }
            if state == "42P01" { return .schema(found: nil, needed: HallSchema.version) }
            return .server("\(message) (SQLSTATE \(state))")
        }
        switch psql.code {
        case .sslUnsupported, .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .tls("\(psql.code)")
        case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
            return .refusedLogin("\(psql.code)")
        default:
            return .unreachable(psql.underlying.map(plain) ?? "\(psql.code)")
        }
    }

    /// The network's reason in a few words ("Connection refused", "No route to host"), not the driver's nest
    /// of wrappers around it.
    static func plain(_ error: any Error) -> String {
        if let connection = error as? NIOConnectionError {
            if let dns = connection.dnsAError ?? connection.dnsAAAAError { return "DNS: \(plain(dns))" }
            if let last = connection.connectionErrors.last { return plain(last.error) }
        }
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)) }
        return "\(error)"
    }

    /// As the kiosk's stores report a failure.
    var storeError: CaseStoreError { CaseStoreError(path: "hall server", reason: description) }
}
