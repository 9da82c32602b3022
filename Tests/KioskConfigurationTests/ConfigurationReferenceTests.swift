import Foundation
import Testing
@testable import KioskConfiguration

/// docs/configuration.md lists every key kiosk.conf may hold; the schema decides which it may. The two must name
/// the same keys, and where the schema bounds a number or lists the values, the reference must say the same.
@Suite struct ConfigurationReferenceTests {
    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/configuration.md")

    /// Each table row: the keys its first cell names, and its type cell.
    static func rows() throws -> [(keys: [String], type: String)] {
        let text = try String(contentsOf: page, encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let keys = cells[1].split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            return (keys, cells.count > 2 ? cells[2] : "")
        }
    }

    @Test func theReferenceNamesEveryKeyOfTheSchemaAndNoOther() throws {
        let documented = Set(try Self.rows().flatMap(\.keys))
        let schema = Set(KioskConfig.schema.keys)
        #expect(schema.subtracting(documented).sorted() == [], "keys docs/configuration.md does not describe")
        #expect(documented.subtracting(schema).sorted() == [], "keys docs/configuration.md describes that kiosk.conf refuses")
    }

    @Test func theReferenceGivesTheSchemasRangesAndChoices() throws {
        var wrong: [String] = []
        for row in try Self.rows() {
            for key in row.keys {
                switch KioskConfig.schema[key] {
                case .integer(let range):
                    let spelled = [range.lowerBound, range.upperBound].map(Self.grouped)
                    let plain = "\(range.lowerBound)–\(range.upperBound)"
                    if !row.type.contains(plain), !row.type.contains(spelled.joined(separator: "–")) {
                        wrong.append("\(key): the range is \(plain)")
                    }
                case .choice(let values):
                    for value in values where !row.type.contains("\"\(value)\"") { wrong.append("\(key): \"\(value)\" not listed") }
                case .integerChoice(let values):
                    for value in values where !row.type.contains("\(value)") { wrong.append("\(key): \(value) not listed") }
                default:
                    continue
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    /// 100000 as the reference writes it: 100,000.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(digits.enumerated().flatMap { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
        })
    }
}
