import Foundation
import KioskConfiguration

/// The hall server's password: the one line of `database.password_file`, else the entry for the server in
/// PGPASSFILE (or ~/.pgpass), in libpq's format `host:port:database:user:password` with `*` for any value.
/// Read once at start; it is never logged, printed or written anywhere by the kiosk.
public enum HallPassword {
    public static func load(for address: HallServerAddress, file: String?,
                            environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(HallError) -> String?
    {
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw .noPassword("cannot read database.password_file \(file)")
            }
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let password = line.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            guard !password.isEmpty else { throw .noPassword("\(file) is empty") }
            return password
        }
        let passFile = environment["PGPASSFILE"]
            ?? environment["HOME"].map { "\($0)/.pgpass" }
        guard let passFile, let text = try? String(contentsOfFile: passFile, encoding: .utf8) else {
            // No file at all: a server that trusts the kiosk (peer or certificate) needs none.
            return nil
        }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = fields(of: Substring(line))
            guard fields.count == 5 else { continue }
            let wanted = [address.host, String(address.port), address.database, address.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A .pgpass line's fields: `:` separates them, `\:` and `\\` stand for themselves.
    static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
