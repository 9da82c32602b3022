import Foundation
import ProcedureCatalog

/// Reads the portal's published list, tab-separated with a header row (national-procedures.tsv). A row with a
/// problem is refused with its line, code and column; the others are read.
public enum NationalListReader {
    public static let columns = [
        "national_code", "name", "field", "levels", "ministry", "type", "handling_agency", "applicants",
        "publishing_decision", "source",
    ]
    /// What the portal writes where it has no value.
    static let noInformation = "Không có thông tin"

    public static func read(file: String) -> (entries: [NationalListEntry], problems: [ImportProblem]) {
        guard let data = FileManager.default.contents(atPath: file) else {
            return ([], [ImportProblem(file: file, message: LocalizedText(
                vi: "không đọc được tệp", en: "cannot read the file"))])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return ([], [ImportProblem(file: file, message: LocalizedText(
                vi: "tệp không phải UTF-8", en: "the file is not UTF-8"))])
        }
        return read(text, file: file)
    }

    public static func read(_ text: String, file: String) -> (entries: [NationalListEntry], problems: [ImportProblem]) {
        func problem(_ line: Int?, _ code: String? = nil, _ column: String = "", _ vi: String, _ en: String)
            -> ImportProblem {
            ImportProblem(file: file, line: line, code: code, path: column, message: LocalizedText(vi: vi, en: en))
        }
        // The portal's list is tab-separated without quoting: a tab ends a cell and a quote is part of a name (a
        // CSV reader would take it for the start of a quoted cell), so rows are split as they are written.
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0.hasSuffix("\r") ? $0.dropLast() : $0)
            }
        }
        guard !rows.isEmpty else {
            return ([], [problem(1, nil, "", "danh sách trống", "the list is empty")])
        }
        let header = rows.removeFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        let missing = columns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            let names = missing.joined(separator: ", ")
            return ([], [problem(1, nil, "", "thiếu cột \(names)", "missing column(s) \(names)")])
        }
        let position = Dictionary(header.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
        var entries: [NationalListEntry] = []
        var problems: [ImportProblem] = []
        var line = 1
        for row in rows {
            line += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func value(_ column: String) -> String? {
                guard let index = position[column], index < row.count else { return nil }
                let text = CatalogText.trimmed(CatalogText.normalized(row[index]))
                return text.isEmpty || text == noInformation ? nil : text
            }
            guard let code = value("national_code"), ProcedureCode(code)?.authority == nil,
                  ProcedureCode(code) != nil
            else {
                problems.append(problem(line, value("national_code"), "national_code",
                                        "mã thủ tục không đúng dạng 1.001193", "the code is not of the form 1.001193"))
                continue
            }
            var missingColumns: [String] = []
            let name = value("name")
            let field = value("field")
            let levels = (value("levels") ?? "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
            let portal = value("source")
            if name == nil { missingColumns.append("name") }
            if field == nil { missingColumns.append("field") }
            if levels.isEmpty { missingColumns.append("levels") }
            if portal == nil { missingColumns.append("source") }
            if let first = missingColumns.first {
                problems.append(problem(line, code, first, "thiếu \(missingColumns.joined(separator: ", "))",
                                        "missing \(missingColumns.joined(separator: ", "))"))
                continue
            }
            guard let name, let field, let portal else { continue }
            guard portal.hasPrefix("https://"), !portal.contains(" ") else {
                problems.append(problem(line, code, "source", "địa chỉ trang không phải https://…",
                                        "the page address is not https://…"))
                continue
            }
            if let bad = [name, field, portal].compactMap(CatalogText.firstControlCharacter).first {
                let shown = String(format: "U+%04X", bad)
                problems.append(problem(line, code, "", "có ký tự điều khiển \(shown)", "control character \(shown)"))
                continue
            }
            entries.append(NationalListEntry(
                code: code, name: name, field: field, levels: levels, ministry: value("ministry") ?? "",
                handlingAgency: value("handling_agency"), applicants: value("applicants"),
                decision: value("publishing_decision"), portal: portal, line: line))
        }
        return (entries, problems)
    }
}
