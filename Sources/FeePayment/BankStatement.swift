import CSV
import Foundation
import KioskConfiguration
import ProcedureCatalog

/// A bank statement export (CSV) as the cashier downloads it: the credits to the agency's account, each with its
/// date, amount, description (where the payer's bank app wrote the transfer's purpose: the receipt number) and the
/// bank's reference. Banks name their columns their own way; `Layout` says which is which (kiosk.conf
/// `[payments] statement_*`). Lines before the header (a title, the account, the period) are skipped: the header
/// is the first row holding every named column. Debits (no credit amount) are left out.
public enum BankStatement {
    /// Which columns hold what, and how dates are written (kiosk.conf `[payments] statement_*`).
    public typealias Layout = StatementColumns

    /// One credit.
    public struct Credit: Sendable, Equatable {
        public var line: Int
        public var date: Date
        /// Whole đồng.
        public var amount: Int
        public var description: String
        /// The bank's reference for the transfer: what makes importing the same statement twice change nothing.
        public var reference: String
    }

    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var text: LocalizedText
        /// In English (the log's language).
        public var message: String { text.en }
        public var description: String { "line \(line): \(message)" }

        public func message(_ language: Language) -> String { text[language] }
    }

    public struct Problems: Error, Sendable, Equatable {
        public var all: [Problem]
    }

    public static func read(_ text: String, layout: Layout, timeZone: TimeZone) -> Result<[Credit], Problems> {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text.replacingOccurrences(of: "\u{FEFF}", with: ""), hasHeaderRow: false)
        } catch {
            return .failure(Problems(all: [Problem(line: 1, text: LocalizedText(vi: "không phải CSV: \(error)", en: "not CSV: \(error)"))]))
        }
        let named = [layout.date, layout.credit, layout.description, layout.reference]
        let dates = DateFormatter()
        dates.locale = Locale(identifier: "en_US_POSIX")
        dates.timeZone = timeZone
        dates.dateFormat = layout.dateFormat
        var columns: [String: Int]?
        var credits: [Credit] = []
        var problems: [Problem] = []
        var line = 0
        while let fields = reader.next() {
            line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            let cells = fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping }
            guard let found = columns else {
                let index = named.compactMap { name in
                    cells.firstIndex(where: { names($0, name) }).map { (name, $0) }
                }
                if index.count == named.count { columns = Dictionary(index, uniquingKeysWith: { a, _ in a }) }
                continue
            }
            func cell(_ name: String) -> String { found[name].flatMap { $0 < cells.count ? cells[$0] : nil } ?? "" }
            let credit = cell(layout.credit)
            guard !credit.isEmpty, credit != "0" else { continue }
            guard let amount = amount(credit) else {
                problems.append(Problem(line: line, text: LocalizedText(
                    vi: "số tiền ghi có “\(credit)” không phải một số tiền đồng",
                    en: "the credit “\(credit)” is not an amount in đồng")))
                continue
            }
            guard let date = dates.date(from: cell(layout.date)) else {
                problems.append(Problem(line: line, text: LocalizedText(
                    vi: "ngày “\(cell(layout.date))” không theo mẫu \(layout.dateFormat)",
                    en: "the date “\(cell(layout.date))” is not \(layout.dateFormat)")))
                continue
            }
            let reference = cell(layout.reference)
            guard !reference.isEmpty else {
                problems.append(Problem(line: line, text: LocalizedText(vi: "thiếu số tham chiếu của ngân hàng",
                                                                        en: "no bank reference")))
                continue
            }
            credits.append(Credit(line: line, date: date, amount: amount, description: cell(layout.description),
                                  reference: reference))
        }
        if columns == nil {
            let names = named.map { "“\($0)”" }.joined(separator: ", ")
            problems.append(Problem(line: 1, text: LocalizedText(vi: "không có dòng tiêu đề với các cột " + names,
                                                                 en: "no header row with the columns " + names)))
        }
        return problems.isEmpty ? .success(credits) : .failure(Problems(all: problems))
    }

    /// Whether a header cell names `column`: the same words whatever the case and spacing, alone or before a
    /// translation ("Số tiền ghi có/ Credit", "Số tiền ghi có\nCredit").
    static func names(_ cell: String, _ column: String) -> Bool {
        func words(_ text: Substring) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let wanted = words(Substring(column))
        if words(Substring(cell)) == wanted { return true }
        let first = cell.split(whereSeparator: { $0 == "/" || $0 == "\n" || $0 == "(" }).first ?? ""
        return words(first) == wanted
    }

    /// "350,000", "350.000", "350000", "350,000.00", "350.000,00 VND": whole đồng (a fraction must be zero).
    static func amount(_ text: String) -> Int? {
        var digits = text.filter { !$0.isWhitespace && !$0.isLetter }
        if digits.hasPrefix("+") { digits.removeFirst() }
        // A separator followed by exactly two digits at the end is a decimal part.
        if let last = digits.lastIndex(where: { $0 == "." || $0 == "," }),
           digits.distance(from: last, to: digits.endIndex) == 3 {
            guard digits[digits.index(after: last)...] == "00" else { return nil }
            digits = String(digits[..<last])
        }
        let whole = digits.filter { $0 != "." && $0 != "," }
        guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }), whole.count <= 15 else { return nil }
        return Int(whole)
    }
}
