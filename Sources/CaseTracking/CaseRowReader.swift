import Foundation
import ProcedureCatalog

/// One CSV row of a one-door export, read column by column; the first problem stops the row.
struct CaseRowReader {
    let values: [String: String]
    let procedureCodes: Set<String>?

    /// The case as the export gives it; a `phone` column is read by no one (the kiosk keeps no phone numbers).
    func record() throws -> IncomingCase {
        let receiptText = try required("receipt_number")
        guard let receipt = ReceiptNumber(parsing: receiptText) else {
            throw fail("receipt_number", vi: "“\(receiptText)” không phải số hồ sơ (dạng \(ReceiptNumber.example))",
                       en: "“\(receiptText)” is not a receipt number (like \(ReceiptNumber.example))")
        }
        let code = try required("procedure_code")
        if let codes = procedureCodes, !codes.contains(code) {
            throw fail("procedure_code", vi: "thủ tục \(code) không có trong danh mục",
                       en: "procedure \(code) is not in the catalog")
        }
        let statusText = try required("status_code")
        guard let number = Int(statusText), let status = CaseStatus(rawValue: number) else {
            throw fail("status_code", vi: "“\(statusText)” không phải mã trạng thái 1–10",
                       en: "“\(statusText)” is not a status code 1–10")
        }
        let owner = CaseOwner(name: try required("owner_name"), idNumber: try required("owner_id"))
        guard owner.idLast4.count == 4 else {
            throw fail("owner_id", vi: "số căn cước cần ít nhất 4 chữ số", en: "an ID number needs at least 4 digits")
        }
        let record = CaseRecord(
            receipt: receipt, procedureCode: code, channel: try channel(),
            submittedAt: try time("submitted_at"), receivedAt: try time("received_at"),
            appointment: try time("appointment_date")?.day, finishedAt: try time("finished_at"),
            returnedAt: try time("returned_at"), status: status, handlingAgency: try required("handling_agency"),
            collectAt: values["collect_at"].map { CaseText(vi: $0) }, postalAddress: values["postal_address"],
            missingDocuments: list("missing_documents").map { CaseText(vi: $0) }, amountsDue: try amounts(),
            history: try history())
        return IncomingCase(record: record, owner: owner)
    }

    private func fail(_ column: String, vi: String, en: String) -> RowError {
        RowError(column: column, message: LocalizedText(vi: vi, en: en))
    }

    private func required(_ column: String) throws -> String {
        guard let value = values[column] else { throw fail(column, vi: "thiếu giá trị", en: "value missing") }
        return value
    }

    private func channel() throws -> Channel.Kind {
        guard let text = values["channel"] else { return .inPerson }
        switch VietnameseFolding.fold(text) {
        case "in_person", "truc tiep": return .inPerson
        case "online", "truc tuyen": return .online
        case "post", "buu chinh", "buu chinh cong ich": return .post
        default:
            throw fail("channel", vi: "“\(text)” không phải kênh (trực tiếp, trực tuyến, bưu chính)",
                       en: "“\(text)” is not a channel (in_person, online, post)")
        }
    }

    private func time(_ column: String) throws -> LocalTime? {
        guard let text = values[column] else { return nil }
        guard let value = Self.parseTime(text) else {
            throw fail(column, vi: "“\(text)” không phải ngày giờ (2026-11-27 08:15 hoặc 27/11/2026 08:15)",
                       en: "“\(text)” is not a date and time (2026-11-27 08:15 or 27/11/2026 08:15)")
        }
        return value
    }

    /// `2026-11-27 08:15`, `27/11/2026 08:15`, or either day alone (midnight).
    static func parseTime(_ text: String) -> LocalTime? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count) else { return nil }
        var day = LocalDay(parts[0])
        if day == nil {
            let pieces = parts[0].split(separator: "/")
            if pieces.count == 3, let d = Int(pieces[0]), let m = Int(pieces[1]), let y = Int(pieces[2]),
               pieces[2].count == 4
            {
                day = LocalDay(year: y, month: m, day: d)
            }
        }
        guard let day else { return nil }
        if parts.count == 1 { return LocalTime(day: day, hour: 0, minute: 0) }
        return LocalTime("\(day) \(parts[1].count == 4 ? "0" + parts[1] : String(parts[1]))")
    }

    private func list(_ column: String) -> [String] {
        (values[column] ?? "").components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// `Lệ phí trước bạ = 12.500.000 ; Phí thẩm định = 300000`.
    private func amounts() throws -> [AmountDue] {
        try list("amounts_due").map { item in
            let parts = item.components(separatedBy: "=")
            let digits = parts.last?.filter { $0.isASCII && $0.isNumber } ?? ""
            guard parts.count == 2, let amount = Int(digits), !parts[0].trimmingCharacters(in: .whitespaces).isEmpty
            else {
                throw fail("amounts_due", vi: "“\(item)” không đúng dạng “nội dung = số tiền”",
                           en: "“\(item)” is not “purpose = amount”")
            }
            return AmountDue(purpose: CaseText(vi: parts[0].trimmingCharacters(in: .whitespaces)), amount: amount)
        }
    }

    /// Entries separated by `||`, each `time | from | action | to | note`.
    private func history() throws -> [HistoryEntry] {
        guard let text = values["history"] else { return [] }
        return try text.components(separatedBy: "||").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }.map { entry in
                let fields = entry.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                guard fields.count >= 3, let at = Self.parseTime(fields[0]), !fields[1].isEmpty else {
                    throw fail("history", vi: "“\(entry)” không đúng dạng “thời gian | từ | hành động | đến | ghi chú”",
                               en: "“\(entry)” is not “time | from | action | to | note”")
                }
                guard let action = CaseAction(rawValue: fields[2]) else {
                    throw fail("history", vi: "hành động “\(fields[2])” không được hỗ trợ",
                               en: "unknown action “\(fields[2])”")
                }
                let to = fields.count > 3 && !fields[3].isEmpty ? fields[3] : nil
                let note = fields.count > 4 && !fields[4].isEmpty ? CaseText(vi: fields[4...].joined(separator: " | ")) : nil
                return HistoryEntry(time: at, from: fields[1], action: action, to: to, note: note)
            }
    }
}
