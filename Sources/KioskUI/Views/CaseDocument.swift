import CaseTracking
import ProcedureCatalog

extension TextDocument {
    /// A case as its owner reads it: the status in a coloured band with what it means, the dates and where the
    /// result is collected, what is missing or due, then the history. Without the second factor nothing
    /// personal is shown (no name, no postal address, no notes).
    init(case record: CaseRecord, app: KioskApp, language: Language, today: LocalDay, width: Int) {
        self.init(width: width)
        let vi = language == .vi
        let personal = app.caseSecondFactor
        let tone: Role = switch record.status.tone {
        case .good: .statusGood
        case .waiting: .statusWaiting
        case .problem: .statusProblem
        }
        band(record.status.name[language].uppercased(with: nil), role: tone)
        add(record.status.meaning[language], role: .plain)
        blank()
        let procedure = ProcedureCode(record.procedureCode).flatMap { app.catalog.procedure($0) }
        fact(vi ? "Thủ tục" : "Procedure", procedure?.name[language] ?? record.procedureCode)
        fact(vi ? "Số hồ sơ" : "Receipt number", record.receipt.description)
        if personal { fact(vi ? "Người nộp" : "Applicant", record.maskedName) }
        fact(vi ? "Cơ quan giải quyết" : "Handling agency", CaseUnit.name(record.handlingAgency, catalog: app.catalog, language))
        if let received = record.receivedAt ?? record.submittedAt {
            fact(vi ? "Ngày tiếp nhận" : "Received", received.display)
        }
        if let appointment = record.appointment {
            let timing = CaseTiming(record, today: today, calendar: app.workingCalendar)
            let note = timing.text(language).map { " — " + $0 } ?? ""
            fact(vi ? "Ngày hẹn trả kết quả" : "Appointment", appointment.slashed + note)
        } else if let note = CaseTiming(record, today: today, calendar: app.workingCalendar).text(language) {
            fact(vi ? "Kết quả" : "Result", note)
        }
        if record.status.isOpen || record.status == .resultReady {
            if let address = record.postalAddress {
                fact(vi ? "Nhận kết quả" : "Result delivery",
                     (vi ? "qua bưu chính công ích" : "by post") + (personal ? (vi ? " đến: " : " to: ") + address : ""))
            } else if let place = record.collectAt {
                fact(vi ? "Nơi nhận kết quả" : "Collect the result at", place[language])
            }
        }
        if record.status == .moreDocumentsNeeded, !record.missingDocuments.isEmpty {
            section(vi ? "Giấy tờ cần bổ sung" : "Documents to hand in")
            for document in record.missingDocuments { add("• " + document[language], role: .plain, hanging: 2) }
        }
        if record.status == .paymentNeeded, !record.amountsDue.isEmpty {
            section(vi ? "Khoản cần nộp" : "Amounts to pay")
            for due in record.amountsDue {
                add("• \(due.purpose[language]): \(Wording.money(due.amount, language))", role: .plain, hanging: 2)
            }
            if record.amountsDue.count > 1 {
                let total = record.amountsDue.reduce(0) { $0 + $1.amount }
                add((vi ? "Tổng cộng: " : "Total: ") + Wording.money(total, language), role: .title)
            }
        }
        if !record.history.isEmpty {
            section(vi ? "Quá trình xử lý" : "History")
            for entry in record.history.reversed() {
                add("\(entry.time.display)  \(entry.action.name[language])", role: .title)
                var units = CaseUnit.name(entry.from, catalog: app.catalog, language)
                if let to = entry.to { units += " → " + CaseUnit.name(to, catalog: app.catalog, language) }
                add(units, role: .muted, indent: 2)
                // Without the second factor only the reasons agencies give are shown, never other remarks.
                let reason: Set<CaseAction> = [.notAccepted, .stopped, .withdrawn, .moreDocumentsRequested,
                                               .paymentRequested]
                if let note = entry.note, personal || reason.contains(entry.action) {
                    add(note[language], role: .plain, indent: 2)
                }
            }
        }
    }

    private mutating func fact(_ label: String, _ value: String) {
        add("\(label): \(value)", role: .plain, hanging: 2)
    }
}
