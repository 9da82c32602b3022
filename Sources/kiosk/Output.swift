import Foundation
import Glibc
import ProcedureCatalog

/// Where the command line writes: results to stdout, problems to stderr.
enum Output {
    /// Problems for the operator: terminal-safe always (they quote files, keys and values).
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((CatalogText.inert(message) + "\n").utf8))
    }

    /// A line of results. On a terminal every control character is written out (`<U+001B>`), so that no text
    /// from a file or a database can move the cursor, retitle the window or clear the screen.
    static func line(_ text: String) {
        print(isatty(1) == 1 ? CatalogText.inert(text) : text)
    }

    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }
}
