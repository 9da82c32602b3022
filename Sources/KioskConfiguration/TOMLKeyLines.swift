import Foundation

/// Finds the line of each key in a TOML text, so that a problem can name it. TOMLKit gives lines only for syntax
/// errors; this reads table headers (`[a.b]`) and `key =` lines, which is all kiosk.conf uses.
struct TOMLKeyLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") && !line.hasPrefix("[[") {
                let inner = line.dropFirst().prefix { $0 != "]" }
                table = Self.keyParts(String(inner))
                lines[table.joined(separator: "."), default: offset + 1] = offset + 1
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = Self.keyParts(String(line[..<equals]))
                lines[(table + key).joined(separator: "."), default: offset + 1] = offset + 1
            }
        }
    }

    /// The line of `key`, or of its nearest enclosing table or inline table.
    func line(of key: String) -> Int? {
        var parts = key.split(separator: ".").map(String.init)
        while !parts.isEmpty {
            if let line = lines[parts.joined(separator: ".")] { return line }
            parts.removeLast()
        }
        return nil
    }

    private static func keyParts(_ text: String) -> [String] {
        text.split(separator: ".").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
    }
}
