import CSV
import Foundation
import ProcedureCatalog

/// The file a booking system sends (`kiosk queue bookings import FILE`): CSV with a header row, or a JSON
/// array of objects, with the fields `code`, `line` or `procedure`, `date` (YYYY-MM-DD), `start` and `end`
/// (HH:MM, the center's time) and `initials` (the name's initials only: a hall keeps no names). A file with
/// any problem is not imported at all: every problem is listed with its row.
public enum BookingFile {
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// The CSV line or the JSON array's position (from 1).
        public var row: Int
        public var text: LocalizedText
        /// In English (the log's language).
        public var message: String { text.en }
        public var description: String { "row \(row): \(message)" }

        public func message(_ language: Language) -> String { text[language] }
    }

    /// Every problem of a refused file.
    public struct Problems: Error, Sendable, Equatable {
        public var all: [Problem]
    }

    /// `lineOf`: the line a procedure's code is received in (nil: none at this hall); `lines`: the hall's line
    /// prefixes.
    public static func read(_ data: Data, lines: Set<String>, lineOf: (String) -> String?, timeZone: TimeZone)
        -> Result<[Booking], Problems>
    {
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(Problems(all: [Problem(row: 0, text: LocalizedText(vi: "không phải văn bản UTF-8", en: "not UTF-8 text"))]))
        }
        let records: [(row: Int, fields: [String: String])]
        switch text.trimmingCharacters(in: .whitespacesAndNewlines).first {
        case "[":
            guard let array = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
                return .failure(Problems(all: [Problem(row: 0, text: LocalizedText(vi: "không phải một mảng JSON các đối tượng", en: "not a JSON array of objects"))]))
            }
            records = array.enumerated().map { index, object in
                (index + 1, object.compactMapValues { value in
                    switch value {
                    case let text as String: text
                    case let number as NSNumber: number.stringValue
                    default: nil
                    }
                })
            }
        default:
            switch CSVRows.parse(text) {
            case .failure(let problem): return .failure(Problems(all: [problem]))
            case .success(let rows): records = rows
            }
        }
        var bookings: [Booking] = []
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        for (row, fields) in records {
            switch booking(fields, lines: lines, lineOf: lineOf, timeZone: timeZone) {
            case .success(let booking):
                if let first = seen[booking.code.text] {
                    problems.append(Problem(row: row, text: LocalizedText(vi: "mã \(booking.code) cũng có ở dòng \(first)", en: "code \(booking.code) is also on row \(first)")))
                } else {
                    seen[booking.code.text] = row
                    bookings.append(booking)
                }
            case .failure(let refused): problems.append(Problem(row: row, text: refused.text))
            }
        }
        return problems.isEmpty ? .success(bookings) : .failure(Problems(all: problems))
    }

    struct Refused: Error {
        var text: LocalizedText
        init(vi: String, en: String) { text = LocalizedText(vi: vi, en: en) }
    }

    static func booking(_ fields: [String: String], lines: Set<String>, lineOf: (String) -> String?, timeZone: TimeZone)
        -> Result<Booking, Refused>
    {
        func field(_ name: String) -> String? {
            fields[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let rawCode = field("code") else { return .failure(Refused(vi: "thiếu mã", en: "no code")) }
        guard let code = BookingCode(rawCode) else {
            return .failure(Refused(vi: "mã \"\(rawCode)\": 4 đến 32 chữ cái, chữ số hoặc gạch ngang",
                                     en: "code \"\(rawCode)\": 4 to 32 letters, digits or dashes"))
        }
        let procedure = field("procedure")
        let line: String
        if let named = field("line")?.uppercased() {
            guard lines.contains(named) else { return .failure(Refused(vi: "sảnh này không có hàng \(named)", en: "no line \(named) at this hall")) }
            line = named
        } else if let procedure {
            guard let found = lineOf(procedure) else {
                return .failure(Refused(vi: "thủ tục \(procedure) không có hàng đợi ở sảnh này",
                                             en: "procedure \(procedure) has no queue line at this hall"))
            }
            line = found
        } else {
            return .failure(Refused(vi: "thiếu cả hàng (line) lẫn thủ tục (procedure)", en: "neither line nor procedure"))
        }
        guard let day = field("date"), let date = LocalClock.day(day, timeZone) else {
            return .failure(Refused(vi: "ngày (date): YYYY-MM-DD", en: "date: YYYY-MM-DD"))
        }
        guard let start = field("start").flatMap({ LocalClock.time($0, on: date, timeZone) }),
              let end = field("end").flatMap({ LocalClock.time($0, on: date, timeZone) })
        else { return .failure(Refused(vi: "giờ bắt đầu và kết thúc (start, end): HH:MM", en: "start and end: HH:MM")) }
        guard end > start else { return .failure(Refused(vi: "khung giờ kết thúc trước khi bắt đầu", en: "the slot ends before it starts")) }
        let initials = field("initials") ?? ""
        guard (1...6).contains(initials.count), initials.allSatisfy({ $0.isLetter || $0 == "." }) else {
            return .failure(Refused(vi: "chữ viết tắt tên (initials): 1 đến 6 chữ cái (không lưu họ tên)",
                                     en: "initials: 1 to 6 letters (no names are kept)"))
        }
        return .success(Booking(code: code, line: line, procedure: procedure, day: day, slotStart: start, slotEnd: end,
                                initials: initials.uppercased()))
    }
}

/// Days and clock times on the center's calendar.
enum LocalClock {
    /// Midnight of "2026-12-07" in `timeZone`.
    static func day(_ text: String, _ timeZone: TimeZone) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, text.count == 10, let y = parts[0], let m = parts[1], let d = parts[2] else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let date = calendar.date(from: DateComponents(year: y, month: m, day: d))
        // 2026-02-30 would roll over into March: refused.
        guard let date, calendar.component(.day, from: date) == d else { return nil }
        return date
    }

    /// "09:30" on `day`.
    static func time(_ text: String, on day: Date, _ timeZone: TimeZone) -> Date? {
        let parts = text.split(separator: ":").map { Int($0) }
        guard parts.count == 2, let h = parts[0], let m = parts[1], (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(byAdding: DateComponents(hour: h, minute: m), to: day)
    }
}

/// CSV as spreadsheets write it (RFC 4180), read with CSV.swift: the header row's names, lower-cased, then each
/// row by name with the line it starts on.
enum CSVRows {
    static func parse(_ text: String) -> Result<[(row: Int, fields: [String: String])], BookingFile.Problem> {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text.replacingOccurrences(of: "\u{FEFF}", with: ""), hasHeaderRow: true)
        } catch {
            return .failure(BookingFile.Problem(row: 1, text: LocalizedText(vi: "không phải CSV: \(error)", en: "not CSV: \(error)")))
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var rows: [(row: Int, fields: [String: String])] = []
        var line = 2
        while let values = reader.next() {
            let row = line
            line += 1 + values.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            if values.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard values.count == header.count else {
                return .failure(BookingFile.Problem(row: row, text: LocalizedText(
                    vi: "\(values.count) trường, dòng tiêu đề có \(header.count)",
                    en: "\(values.count) fields, the header has \(header.count)")))
            }
            rows.append((row, Dictionary(zip(header, values), uniquingKeysWith: { a, _ in a })))
        }
        return .success(rows)
    }
}
