import Foundation
import ProcedureCatalog

/// Reads national procedure records from files as the national database's service gives them: one record, an
/// array of records, the service's envelope whose `result` holds them, or that envelope as a JSON string inside
/// a `message` field; or a folder of such files. A record with a problem is refused with the file, its code, the
/// key path and what is wrong; the others are read.
public enum NationalRecordReader {
    public static func read(paths: [String]) -> (records: [NationalRecord], problems: [ImportProblem]) {
        var records: [NationalRecord] = []
        var problems: [ImportProblem] = []
        for file in paths.flatMap(files(at:)) {
            let (found, trouble) = read(file: file)
            records += found
            problems += trouble
        }
        return (records, problems)
    }

    /// The `.json` files of a folder (sorted), or the file itself.
    static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            return [path]
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(path)/\($0)" }
    }

    public static func read(file: String) -> (records: [NationalRecord], problems: [ImportProblem]) {
        guard let data = FileManager.default.contents(atPath: file) else {
            return ([], [ImportProblem(file: file, message: LocalizedText(vi: "không đọc được tệp",
                                                                          en: "cannot read the file"))])
        }
        return read(data, file: file)
    }

    public static func read(_ data: Data, file: String) -> (records: [NationalRecord], problems: [ImportProblem]) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            return ([], [ImportProblem(file: file, message: LocalizedText(
                vi: "không phải JSON hợp lệ: \(error.localizedDescription)",
                en: "not valid JSON: \(error.localizedDescription)"))])
        }
        var problems: [ImportProblem] = []
        var records: [NationalRecord] = []
        for (value, path) in recordValues(root, path: "", file: file, problems: &problems) {
            var recordProblems: [(String, LocalizedText)] = []
            let field = JSONField(value: value, path: path) { recordProblems.append(($0, $1)) }
            let record = NationalRecordFields.read(field, file: file)
            let code = field["MATTHC"].text
            if recordProblems.isEmpty, let record {
                records.append(record)
            } else {
                problems += recordProblems.map { ImportProblem(file: file, code: code, path: $0.0, message: $0.1) }
                if recordProblems.isEmpty {
                    problems.append(ImportProblem(file: file, code: code, path: path, message: LocalizedText(
                        vi: "bản ghi không đọc được", en: "the record cannot be read")))
                }
            }
        }
        return (records, problems)
    }

    /// Where the records are in what a file holds, each with its path.
    private static func recordValues(_ value: Any, path: String, file: String, problems: inout [ImportProblem])
        -> [(Any, String)] {
        switch value {
        case let list as [Any]:
            return list.enumerated().map { ($0.element, "\(path)[\($0.offset)]") }
        case let object as [String: Any]:
            if object["MATTHC"] != nil { return [(object, path)] }
            if let result = object["result"] {
                return recordValues(result, path: path.isEmpty ? "result" : "\(path).result", file: file,
                                    problems: &problems)
            }
            if let message = object["message"] as? String, let data = message.data(using: .utf8),
               let inner = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
                return recordValues(inner, path: path.isEmpty ? "message" : "\(path).message", file: file,
                                    problems: &problems)
            }
            fallthrough
        default:
            problems.append(ImportProblem(file: file, path: path, message: LocalizedText(
                vi: "không có bản ghi thủ tục (MATTHC, result hoặc message)",
                en: "no procedure record here (MATTHC, result or message)")))
            return []
        }
    }
}

/// The keys of one record, read into a `NationalRecord`.
enum NationalRecordFields {
    static func read(_ record: JSONField, file: String) -> NationalRecord? {
        let code = record["MATTHC"].required("mã thủ tục", "the procedure code")
        if let code, ProcedureCode(code) == nil {
            record.report(record["MATTHC"].path, LocalizedText(
                vi: "mã “\(code)” không đúng dạng 1.001193", en: "the code “\(code)” is not of the form 1.001193"))
        }
        let name = record["TENTTHC"].required("tên thủ tục", "the procedure's name")
        let status = record["TRANGTHAI"].text
        let levels = record["CAPTHUCHIEN"].items.compactMap { level -> (String, String?)? in
            guard let code = level["CAPTHUCHIEN"].required("mã cấp", "the level's code") else { return nil }
            return (code, level["TENCAP"].text)
        }
        if levels.isEmpty { record.report(record["CAPTHUCHIEN"].path, LocalizedText(vi: "thiếu cấp thực hiện",
                                                                                    en: "no level")) }
        let field = record["LINHVUCTHUCHIEN"].items.first.flatMap { item -> NationalRecord.Unit? in
            item["TENLINHVUC"].required("tên lĩnh vực", "the field's name").map {
                NationalRecord.Unit(code: item["MALINHVUC"].text, name: $0)
            }
        }
        if field == nil { record.report(record["LINHVUCTHUCHIEN"].path, LocalizedText(vi: "thiếu lĩnh vực",
                                                                                      en: "no field")) }
        let applicants = record["MOTADOITUONGTHUCHIEN"].text ?? record["DOITUONGTHUCHIEN"].items
            .compactMap { $0["TENDOITUONG"].text }.joined(separator: ", ").nilIfEmpty
        let channels = record["CACHTHUCTHUCHIEN"].items.compactMap(channel)
        let steps = record["TRINHTUTHUCHIEN"].items.map { variant in
            NationalRecord.Variant(name: variant["TRUONGHOP"].text,
                                   items: variant["TRINHTU"].items.compactMap { $0["TENTRINHTU"].text })
        }
        let documents = record["THANHPHANHOSO"].items.map { variant in
            NationalRecord.Variant(name: variant["TRUONGHOP"].text, items: variant["GIAYTO"].items.compactMap(document))
        }
        let results = record["KETQUATHUCHIEN"].items.compactMap { $0["TENKETQUA"].text }
        let laws = record["CANCUPHAPLY"].items.compactMap(law)
        let agencies = record["COQUANTHUCHIEN"].items.compactMap { item -> NationalRecord.Unit? in
            item["TENDONVI"].text.map { NationalRecord.Unit(code: item["MADONVI"].text, name: $0) }
        }
        guard let code, let name, let field else { return nil }
        return NationalRecord(
            code: code, name: name, isPublic: status == nil || status == "1", levels: levels, field: field,
            applicants: applicants, submitAt: record["DIACHITIEPNHAN"].text, conditions: record["YEUCAU"].text,
            keywords: (record["TUKHOA"].text ?? "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty },
            steps: steps, channels: channels, documents: documents, results: results, legalBasis: laws,
            agencies: agencies, file: file, path: record.path)
    }

    /// KENH 1 in person, 2 online, 3 by post; the first THOIGIAN is the channel's time, its PHILEPHI the fees.
    private static func channel(_ item: JSONField) -> NationalRecord.Channel? {
        let kinds: [String: Channel.Kind] = ["1": .inPerson, "2": .online, "3": .post]
        guard let code = item["KENH"].required("kênh", "the channel (KENH)") else { return nil }
        guard let kind = kinds[code] else {
            item.report(item["KENH"].path, LocalizedText(vi: "kênh “\(code)” không phải 1, 2 hay 3",
                                                         en: "channel “\(code)” is not 1, 2 or 3"))
            return nil
        }
        guard let first = item["THOIGIAN"].items.first else {
            item.report(item["THOIGIAN"].path, LocalizedText(vi: "thiếu thời hạn giải quyết", en: "no processing time"))
            return nil
        }
        guard let time = self.time(first) else { return nil }
        var fees: [NationalRecord.Fee] = []
        for fee in first["PHILEPHI"].items {
            guard let amount = fee["SOTIEN"].amount else { return nil }
            fees.append(NationalRecord.Fee(amount: amount, description: fee["MOTA"].text ?? fee["DONVI"].text ?? ""))
        }
        return NationalRecord.Channel(kind: kind, time: time, fees: fees)
    }

    /// THOIGIANGIAIQUYET with DONVITINH: "Ngày làm việc", "Ngày", "Giờ", "Tháng"; 0 days is the same day.
    private static func time(_ item: JSONField) -> ProcessingTime? {
        let units: [String: ProcessingTime.Unit] = [
            "ngày làm việc": .workingDays, "ngày": .days, "giờ": .hours, "tháng": .months,
            "trong ngày": .sameDay,
        ]
        let unitText = item["DONVITINH"].text?.lowercased() ?? "ngày làm việc"
        guard let unit = units[unitText] else {
            item.report(item["DONVITINH"].path, LocalizedText(vi: "đơn vị thời gian “\(unitText)” không rõ",
                                                              en: "unknown time unit “\(unitText)”"))
            return nil
        }
        guard let value = item["THOIGIANGIAIQUYET"].count else { return nil }
        let note = item["MOTA"].text.map { LocalizedText(vietnameseOnly: $0) }
        if unit == .sameDay || value == 0 { return ProcessingTime(value: 0, unit: .sameDay, note: note) }
        return ProcessingTime(value: value, unit: unit, note: note)
    }

    private static func document(_ item: JSONField) -> NationalRecord.Document? {
        guard let name = item["TENGIAYTO"].required("tên giấy tờ", "the document's name"),
              let originals = item["SOBANCHINH"].count, let copies = item["SOBANSAO"].count
        else { return nil }
        return NationalRecord.Document(name: name, form: item["TENMAUDON"].text, originals: originals, copies: copies)
    }

    /// A legal text; its date as yyyy-MM-dd from "2014-11-20", "2014-11-20T00:00:00" or "20/11/2014".
    private static func law(_ item: JSONField) -> NationalRecord.Law? {
        guard let number = item["SOVANBAN"].required("số văn bản", "the text's number") else { return nil }
        let written = item["NGAYBANHANH"].text ?? ""
        guard let date = isoDate(written) else {
            item.report(item["NGAYBANHANH"].path, LocalizedText(vi: "ngày “\(written)” không đọc được",
                                                                en: "the date “\(written)” cannot be read"))
            return nil
        }
        return NationalRecord.Law(number: number, title: item["TENVANBAN"].text ?? number,
                                  issuer: item["COQUANBANHANH"].text ?? "", date: date)
    }

    static func isoDate(_ text: String) -> String? {
        let day = String(text.prefix(10))
        if day.count == 10, day.dropFirst(4).first == "-" { return day }
        let parts = text.split(separator: "/")
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2].prefix(4)),
              (1 ... 31).contains(d), (1 ... 12).contains(m), y > 1900
        else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
