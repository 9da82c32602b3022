import CaseTracking
import FeePayment
import ProcedureCatalog

extension TextDocument {
    /// A case as its owner reads it (`CaseDisclosure` says what may be shown): the status in a coloured band
    /// with what it means, the dates and where the result is collected, what is missing or due, then the
    /// history, newest first.
    init(case record: CaseRecord, app: KioskApp, language: Language, today: LocalDay, width: Int) {
        self.init(width: width)
        let shown = CaseDisclosure(record, catalog: app.catalog, personal: app.caseSecondFactor, today: today,
                                   calendar: app.workingCalendar, language: language)
        let tone: Role = switch record.status.tone {
        case .good: .statusGood
        case .waiting: .statusWaiting
        case .problem: .statusProblem
        }
        band(record.status.name[language].uppercased(with: nil), role: tone)
        add(record.status.meaning[language], role: .plain)
        if let asOf = record.asOf { add(CaseUIText.asOf(asOf, language), role: .notice, hanging: 2) }
        blank()
        func fact(_ label: LocalizedText, _ value: String, personal: Bool = false) {
            add("\(label[language]): \(value)", role: .plain, hanging: 2, personal: personal)
        }
        fact(CaseWords.procedure, shown.procedureName ?? shown.procedureCode)
        fact(CaseWords.receiptNumber, shown.receipt.description, personal: true)
        if let owner = shown.owner { fact(CaseWords.applicant, owner, personal: true) }
        fact(CaseWords.handlingAgency, shown.handlingAgency)
        if let received = shown.received { fact(CaseWords.received, received.display) }
        if let appointment = shown.appointment {
            fact(CaseWords.appointment, appointment.slashed + (shown.timing.map { " — " + $0 } ?? ""))
        } else if let timing = shown.timing {
            fact(CaseWords.result, timing)
        }
        switch shown.delivery {
        case .post(let address):
            fact(CaseWords.delivery, CaseWords.byPost[language] + (address.map { CaseWords.postTo[language] + $0 } ?? ""),
                 personal: address != nil)
        case .collect(let place):
            fact(CaseWords.collectAt, place)
        case nil:
            break
        }
        if !shown.missingDocuments.isEmpty {
            section(CaseWords.documentsToHandIn[language])
            for document in shown.missingDocuments { add("• " + document, role: .plain, hanging: 2) }
        }
        if !shown.amountsDue.isEmpty {
            section(CaseWords.amountsToPay[language])
            for due in shown.amountsDue {
                add("• \(due.purpose): \(Wording.money(due.amount, language))", role: .plain, hanging: 2)
            }
            let total = shown.amountsDue.reduce(0) { $0 + $1.amount }
            add("\(CaseWords.total[language]): " + PaymentUIText.total(total, language), role: .title, hanging: 2)
            // How to pay: the code (F6) with the account to check, or where to pay when no code may be shown.
            switch CasePayment.make(record, catalog: app.catalog, ceiling: app.paymentCeiling) {
            case .code(let code):
                add(PaymentUIText.payWithKey[language], role: .plain)
                // The description is the receipt number: said only into headphones.
                for (index, line) in PaymentUIText.account(code, language).enumerated() {
                    add(line, role: .plain, hanging: 2, personal: index == 3)
                }
            case .none(let reason):
                add(PaymentUIText.instead(reason, language), role: .plain)
            }
        }
        if !shown.history.isEmpty {
            section(CaseWords.history[language])
            for step in shown.history.reversed() {
                add("\(step.time.display)  \(step.action.name[language])", role: .title)
                add(step.from + (step.to.map { " → " + $0 } ?? ""), role: .muted, indent: 2)
                // An officer's note may name the citizen.
                if let note = step.note { add(note, role: .plain, indent: 2, personal: true) }
            }
        }
    }
}
