import CaseTracking
import FeePayment
import Foundation
import KioskConfiguration
import KioskPrinting
import ProcedureCatalog

/// A case on paper, for the citizen who looked it up (after the second factor): the receipt number, the
/// procedure, the status and the dates, what is still missing or due; and where a fee may be paid by transfer,
/// the account to check and the VietQR code (the printer's own QR command, so it prints sharp). Nothing else of
/// the owner: no name, no address.
enum CaseSlipPrintout {
    static func make(_ record: CaseRecord, app: KioskApp, language: Language, at time: Date) -> Printout {
        let shown = CaseDisclosure(record, catalog: app.catalog, personal: false, today: LocalDay(time, in: app.timeZone),
                                   calendar: app.workingCalendar, language: language)
        var paper = Printout()
        paper.text(app.center.name[language], .heading)
        paper.text(language == .vi ? "THÔNG TIN HỒ SƠ" : "CASE STATUS", .heading)
        paper.rule()
        paper.text("\(CaseWords.receiptNumber[language]): \(shown.receipt)", .title)
        paper.text("\(CaseWords.procedure[language]): \(shown.procedureName ?? shown.procedureCode)")
        paper.text(record.status.name[language].uppercased(with: nil), PrintStyle(bold: true))
        if let appointment = shown.appointment {
            paper.text("\(CaseWords.appointment[language]): \(appointment.slashed)" + (shown.timing.map { " — " + $0 } ?? ""))
        }
        if !shown.missingDocuments.isEmpty {
            paper.rule()
            paper.text(CaseWords.documentsToHandIn[language], .title)
            for document in shown.missingDocuments { paper.text("- " + document, PrintStyle(indent: 2)) }
        }
        if !shown.amountsDue.isEmpty {
            paper.rule()
            paper.text(CaseWords.amountsToPay[language], .title)
            for due in shown.amountsDue { paper.text("- \(due.purpose): \(Wording.money(due.amount, language))", PrintStyle(indent: 2)) }
            let total = shown.amountsDue.reduce(0) { $0 + $1.amount }
            paper.text("\(CaseWords.total[language]): " + PaymentUIText.total(total, language), PrintStyle(bold: true))
            switch CasePayment.make(record, catalog: app.catalog, ceiling: app.paymentCeiling) {
            case .code(let code):
                for line in PaymentUIText.account(code, language) { paper.text(line, PrintStyle(indent: 2)) }
                paper.blank()
                paper.qrCode(code.qr.payload)
                paper.text(PaymentUIText.scanOnPaper[language], PrintStyle(centred: true))
            case .none(let reason):
                paper.text(PaymentUIText.instead(reason, language))
            }
        }
        paper.blank()
        paper.text(QueueUIText.printedAt(time, timeZone: app.timeZone)[language], PrintStyle(centred: true))
        return paper
    }
}
