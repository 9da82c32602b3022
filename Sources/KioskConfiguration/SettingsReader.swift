import Foundation
import ProcedureCatalog
import TOMLKit

/// The type a setting must have.
enum SettingType: Sendable {
    case text
    /// An `http(s)://` address; with a placeholder, one that holds it (`{receipt}`), or "" for none.
    case url(placeholder: String? = nil)
    case integer(ClosedRange<Int>)
    case choice([String])
    case localized
    case flag
    /// Key names such as `ctrl-x ctrl-q` (see `KeyChord`).
    case keyChord
    /// A list of days, `["2026-01-01", "2026-04-30"]`.
    case dayList
    /// A crypt(5) hash such as `$y$j9T$…` (see `StaffPIN`).
    case pinHash
    /// `postgresql://USER@HOST:PORT/DATABASE?sslmode=…`, or "" for none.
    case databaseURL
    /// `/dev/usb/lp0`, `tcp://HOST:PORT` or `file:/PATH` (see `PrinterSettings.Device`), or "" for none.
    case printerDevice
    /// Where speech goes: "alsa", "alsa:NAME" or "file:DIR" (or empty: no speech).
    case speechOutput
    /// A whole number out of a few, e.g. paper widths 58 or 80.
    case integerChoice([Int])
    /// Text that may not be empty (a column's name).
    case nonEmptyText
    /// A date pattern as `DateFormatter` reads it, holding the year, the month and the day ("dd/MM/yyyy").
    case datePattern
}

/// Settings read from TOML and checked against the schema: values by dotted key.
struct SettingValues {
    var strings: [String: String] = [:]
    var ints: [String: Int] = [:]
    var bools: [String: Bool] = [:]
    var texts: [String: LocalizedText] = [:]
    var lists: [String: [String]] = [:]

    func string(_ key: String) -> String? { strings[key] }
    func int(_ key: String) -> Int? { ints[key] }
    func bool(_ key: String) -> Bool? { bools[key] }
    func localized(_ key: String) -> LocalizedText? { texts[key] }
    func list(_ key: String) -> [String]? { lists[key] }
}

/// Walks a TOML document against a schema, collecting every unknown key, wrong type and bad value with its line.
enum SettingsReader {
    static func read(_ text: String, file: String, schema: [String: SettingType]) throws(ConfigProblems)
        -> SettingValues
    {
        if let problem = TOMLPrecheck.firstProblem(text) {
            throw ConfigProblems([ConfigProblem(file: file, line: problem.line, key: "", kind: .syntax(problem.detail))])
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigProblems([ConfigProblem(
                file: file, line: error.source.begin.line, key: "", kind: .syntax(error.description))])
        } catch {
            throw ConfigProblems([ConfigProblem(file: file, line: nil, key: "", kind: .syntax("\(error)"))])
        }
        var walk = Walk(file: file, lines: TOMLKeyLines(text), schema: schema)
        walk.visit(table, prefix: "")
        if !walk.problems.isEmpty { throw ConfigProblems(walk.problems) }
        return walk.values
    }

    private struct Walk {
        let file: String
        let lines: TOMLKeyLines
        let schema: [String: SettingType]
        var values = SettingValues()
        var problems: [ConfigProblem] = []

        /// Sections: the first part of every schema key.
        private var sections: Set<String> { Set(schema.keys.map { String($0.split(separator: ".")[0]) }) }

        mutating func report(_ key: String, _ kind: ConfigProblem.Kind) {
            problems.append(ConfigProblem(file: file, line: lines.line(of: key), key: key, kind: kind))
        }

        mutating func visit(_ table: TOMLTable, prefix: String) {
            for key in table.keys.sorted() {
                guard let value = table[key] else { continue }
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                if let type = schema[path] {
                    check(value, as: type, key: path)
                } else if prefix.isEmpty, sections.contains(key) {
                    guard let inner = value.table else {
                        report(path, .wrongType(expected: "a table"))
                        continue
                    }
                    visit(inner, prefix: path)
                } else {
                    report(path, .unknownKey)
                }
            }
        }

        mutating func check(_ value: TOMLValueConvertible, as type: SettingType, key: String) {
            switch type {
            case .pinHash:
                guard let text = value.string else { return report(key, .wrongType(expected: "a string")) }
                guard text.isEmpty || StaffPIN.looksLikeHash(text) else {
                    return report(key, .malformed(CatalogText.inert(String(text.prefix(12))), expected: "a hash from `kiosk pin-hash`"))
                }
                values.strings[key] = text
            case .databaseURL:
                guard let text = value.string else { return report(key, .wrongType(expected: "a string")) }
                if !text.isEmpty, case .failure(let problem) = HallServerAddress.parse(text) {
                    return report(key, .malformed(CatalogText.inert(HallServerAddress.redacted(text)),
                                                  expected: problem.expected))
                }
                values.strings[key] = text
            case .printerDevice:
                guard let text = value.string else { return report(key, .wrongType(expected: "a string")) }
                if !text.isEmpty, PrinterSettings.Device.parse(text) == nil {
                    return report(key, .malformed(CatalogText.inert(text), expected: PrinterSettings.Device.syntax))
                }
                values.strings[key] = text
            case .speechOutput:
                guard let text = value.string else { return report(key, .wrongType(expected: "a string")) }
                if !text.isEmpty, SpeechSettings.Output.parse(text) == nil {
                    return report(key, .malformed(CatalogText.inert(text), expected: SpeechSettings.Output.syntax))
                }
                values.strings[key] = text
            case .integerChoice(let allowed):
                guard let number = value.int else { return report(key, .wrongType(expected: "an integer")) }
                guard allowed.contains(number) else {
                    return report(key, .notAllowed(String(number), allowed: allowed.map(String.init)))
                }
                values.ints[key] = number
            case .dayList:
                guard let array = value.array else { return report(key, .wrongType(expected: "a list of days")) }
                var days: [String] = []
                for (index, item) in array.enumerated() {
                    guard let text = item.string, Self.isDay(text) else {
                        return report("\(key)[\(index)]", .malformed(CatalogText.inert(item.string ?? "\(item)"),
                                                                     expected: "YYYY-MM-DD"))
                    }
                    days.append(text)
                }
                values.lists[key] = days
            case .keyChord:
                guard let text = value.string else { return report(key, .wrongType(expected: "a string")) }
                guard KeyChord(parsing: text) != nil else {
                    return report(key, .malformed(CatalogText.inert(text), expected: KeyChord.syntax))
                }
                values.strings[key] = text
            case .nonEmptyText:
                guard let text = value.string?.trimmingCharacters(in: .whitespaces) else {
                    return report(key, .wrongType(expected: "a string"))
                }
                guard !text.isEmpty else { return report(key, .malformed("", expected: "a column's name")) }
                check(text, as: .text, key: key)
            case .datePattern:
                guard let text = value.string else { return report(key, .wrongType(expected: "a string")) }
                guard Self.readsDays(text) else {
                    return report(key, .malformed(CatalogText.inert(text), expected: "a date pattern such as dd/MM/yyyy"))
                }
                values.strings[key] = text
            case .text, .url, .choice:
                guard let text = value.string else { return report(key, .wrongType(expected: "a string")) }
                if case .url = type, !text.isEmpty, !(text.hasPrefix("https://") || text.hasPrefix("http://")) {
                    return report(key, .malformed(text, expected: "https://…"))
                }
                if case .url(let placeholder?) = type, !text.isEmpty, !text.contains(placeholder) {
                    return report(key, .malformed(text, expected: "https://…\(placeholder)…"))
                }
                if case .choice(let allowed) = type, !allowed.contains(text) {
                    return report(key, .notAllowed(text, allowed: allowed))
                }
                if let bad = text.unicodeScalars.first(where: { CatalogText.isForbidden($0.value) }) {
                    return report(key, .malformed("U+" + String(bad.value, radix: 16), expected: "printable text"))
                }
                values.strings[key] = text.precomposedStringWithCanonicalMapping
            case .integer(let range):
                guard let number = value.int else { return report(key, .wrongType(expected: "an integer")) }
                guard range.contains(number) else { return report(key, .outOfRange(number, range)) }
                values.ints[key] = number
            case .flag:
                guard let flag = value.bool else { return report(key, .wrongType(expected: "true or false")) }
                values.bools[key] = flag
            case .localized:
                checkLocalized(value, key: key)
            }
        }

        /// Whether dates written with `pattern` are read back as the same day (so it holds year, month and day).
        static func readsDays(_ pattern: String) -> Bool {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let day = calendar.date(from: DateComponents(year: 2026, month: 11, day: 27, hour: 13))!
            guard !pattern.isEmpty, let back = formatter.date(from: formatter.string(from: day)) else { return false }
            return calendar.dateComponents([.year, .month, .day], from: back) == DateComponents(year: 2026, month: 11, day: 27)
        }

        /// `2026-04-30`: a real calendar day.
        static func isDay(_ text: String) -> Bool {
            let parts = text.split(separator: "-")
            guard text.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]),
                  let d = Int(parts[2]), (1...12).contains(m), d >= 1
            else { return false }
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
            return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        }

        /// `{ vi = "…", en = "…" }`: both languages, nothing else.
        mutating func checkLocalized(_ value: TOMLValueConvertible, key: String) {
            guard let table = value.table else { return report(key, .wrongType(expected: "a table with vi and en")) }
            var texts: [Language: String] = [:]
            for inner in table.keys where Language(rawValue: inner) == nil {
                report("\(key).\(inner)", .unknownKey)
            }
            for language in Language.allCases {
                let path = "\(key).\(language.rawValue)"
                guard let entry = table[language.rawValue] else {
                    report(path, .missing)
                    continue
                }
                guard let text = entry.string else {
                    report(path, .wrongType(expected: "a string"))
                    continue
                }
                if let bad = text.unicodeScalars.first(where: { CatalogText.isForbidden($0.value) }) {
                    report(path, .malformed("U+" + String(bad.value, radix: 16), expected: "printable text"))
                    continue
                }
                texts[language] = text.precomposedStringWithCanonicalMapping
            }
            if let vi = texts[.vi], let en = texts[.en] { values.texts[key] = LocalizedText(vi: vi, en: en) }
        }
    }
}
