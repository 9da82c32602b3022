import CSV
import Foundation
import ProcedureCatalog

/// Reads an export of a one-door system (CSV, UTF-8, a header row naming the columns) into case records.
/// A bad row is reported with its line and left out; the good rows are kept. Columns are documented in the
/// docs/cases.md ("Importing cases").
public enum CaseImport {
    public static let requiredColumns = [
        "receipt_number", "procedure_code", "owner_name", "owner_id", "status_code", "handling_agency",
    ]
    public static let optionalColumns = [
        "phone", "channel", "submitted_at", "received_at", "appointment_date", "finished_at", "returned_at",
        "collect_at", "postal_address", "missing_documents", "amounts_due", "history",
    ]

    /// One row that could not be imported, or a problem with the whole file (line nil).
    public struct Problem: Sendable, Equatable {
        public var line: Int?
        public var column: String?
        public var message: LocalizedText

        public func text(file: String, in language: Language) -> String {
            var parts = [line.map { "\(file):\($0)" } ?? file]
            if let column { parts.append(column) }
            return CatalogText.inert(parts.joined(separator: ": ") + ": " + message[language])
        }
    }

    public struct Result: Sendable {
        /// The cases read, still with their owners: reduce them (`IncomingCase.reduced`) before they are stored.
        public var cases: [IncomingCase]
        public var problems: [Problem]
    }

    public static func read(csv text: String, procedureCodes: Set<String>? = nil) -> Result {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            return Result(cases: [], problems: [Problem(line: 1, column: nil, message: LocalizedText(
                vi: "không đọc được CSV: \(error)", en: "cannot read the CSV: \(error)"))])
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = requiredColumns.filter { !header.contains($0) }
        let unknown = header.filter { !requiredColumns.contains($0) && !optionalColumns.contains($0) }
        var problems: [Problem] = []
        if !missing.isEmpty {
            problems.append(Problem(line: 1, column: nil, message: LocalizedText(
                vi: "thiếu cột \(missing.joined(separator: ", "))",
                en: "missing column(s) \(missing.joined(separator: ", "))")))
            return Result(cases: [], problems: problems)
        }
        for column in unknown {
            problems.append(Problem(line: 1, column: column, message: LocalizedText(
                vi: "cột không được hỗ trợ, bỏ qua", en: "unknown column, ignored")))
        }
        var records: [IncomingCase] = []
        var firstLine: [String: Int] = [:]
        var line = 2
        while let fields = reader.next() {
            let rowLine = line
            line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var values: [String: String] = [:]
            for (index, name) in header.enumerated() where index < fields.count {
                let value = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { values[name] = value.precomposedStringWithCanonicalMapping }
            }
            do {
                let record = try CaseRowReader(values: values, procedureCodes: procedureCodes).record()
                let key = record.record.receipt.description
                if let first = firstLine[key] {
                    throw RowError(column: "receipt_number", message: LocalizedText(
                        vi: "số hồ sơ \(key) trùng với dòng \(first)", en: "receipt number \(key) repeats line \(first)"))
                }
                firstLine[key] = rowLine
                records.append(record)
            } catch let error as RowError {
                problems.append(Problem(line: rowLine, column: error.column, message: error.message))
            } catch {
                problems.append(Problem(line: rowLine, column: nil, message: LocalizedText(vi: "\(error)", en: "\(error)")))
            }
        }
        if let error = reader.error {
            problems.append(Problem(line: line, column: nil, message: LocalizedText(
                vi: "CSV sai cú pháp từ đây: \(error)", en: "CSV syntax error from here: \(error)")))
        }
        return Result(cases: records, problems: problems)
    }
}

struct RowError: Error {
    var column: String?
    var message: LocalizedText
}
