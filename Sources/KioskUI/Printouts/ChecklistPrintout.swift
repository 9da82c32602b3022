import Foundation
import KioskConfiguration
import KioskPrinting
import ProcedureCatalog

/// The paper a citizen takes to the counter: what to bring for one procedure, ticked off at home, with the
/// fee and time of the way the citizen chose to hand it in, where, and the QR code of the online service. In
/// English each document's Vietnamese name stands beside it: that is what the counter reads.
enum ChecklistPrintout {
    /// `channel`: the way of submitting the citizen chose (its time and fee are printed); nil, or one the
    /// procedure lacks, prints its first.
    static func make(_ procedure: Procedure, catalog: Catalog, center: KioskConfig.Center, channel kind: Channel.Kind?,
                     language: Language, at time: Date, timeZone: TimeZone) -> Printout {
        let l = ChecklistLabels(language)
        var paper = Printout()
        paper.text(center.name[language], .heading)
        paper.text(l.heading, .heading)
        paper.rule()
        paper.text(procedure.name[language], .title)
        if language == .en && procedure.name.vi != procedure.name.en { paper.text("(\(procedure.name.vi))") }
        paper.text("\(l.code): \(procedure.code)")
        if let channel = procedure.channels.first(where: { $0.kind == kind }) ?? procedure.channels.first {
            paper.text(Wording.channel(channel.kind, language), .title)
            paper.text("\(l.time): \(Wording.time(channel.time, language))", PrintStyle(indent: 2))
            paper.text("\(l.fee): \(Wording.feeSummary(channel.fees, language))", PrintStyle(indent: 2))
        }
        paper.rule()
        documents(procedure, language, into: &paper)
        paper.rule()
        let agency = procedure.agency.flatMap { catalog.agency($0) }
        if let place = ProcedureSheet.submitPlace(procedure, agency: agency, language: language) {
            paper.text("\(l.submitAt): \(place)", PrintStyle(indent: 2))
        }
        if let link = PhoneLink.procedure(procedure) {
            paper.blank()
            paper.qrCode(link.url)
            paper.text(link.opens[language], PrintStyle(centred: true))
        }
        paper.blank()
        paper.text(QueueUIText.printedAt(time, timeZone: timeZone)[language], PrintStyle(centred: true))
        return paper
    }

    /// Each case variant's documents with a box to tick, originals and copies, the form to fill.
    private static func documents(_ procedure: Procedure, _ language: Language, into paper: inout Printout) {
        let l = ChecklistLabels(language)
        paper.text(l.documents, .title)
        guard !procedure.documents.isEmpty else {
            paper.text(l.documentsOnPortal)
            return
        }
        for set in procedure.documents {
            if procedure.documents.count > 1 { paper.text(set.variant[language], PrintStyle(bold: true)) }
            for document in set.documents {
                var line = "[ ] " + document.name[language]
                if language == .en && document.name.vi != document.name.en { line += " / \(document.name.vi)" }
                line += " — " + Wording.counts(originals: document.originals, copies: document.copies, language)
                if !document.mandatory { line += " (\(l.ifApplicable))" }
                paper.text(line, PrintStyle(indent: 4))
                if let form = document.form {
                    var text = "\(l.form): \(form[language])"
                    if language == .en && form.vi != form.en { text += " / \(form.vi)" }
                    paper.text(text, PrintStyle(indent: 6, firstIndent: 4))
                }
            }
        }
    }
}

/// The checklist's headings and labels.
struct ChecklistLabels {
    let heading, code, time, fee, documents, documentsOnPortal, ifApplicable, form, submitAt: String

    init(_ language: Language) {
        let vi = language == .vi
        heading = vi ? "GIẤY TỜ CẦN MANG THEO" : "DOCUMENTS TO BRING"
        code = vi ? "Mã thủ tục" : "Procedure code"
        time = vi ? "Thời hạn giải quyết" : "Processing time"
        fee = vi ? "Phí, lệ phí" : "Fee"
        documents = vi ? "Thành phần hồ sơ" : "Documents"
        documentsOnPortal = vi ? "Thành phần hồ sơ có đầy đủ trên Cổng Dịch vụ công quốc gia: quét mã dưới đây."
            : "The documents are listed in full on the National Public Service Portal: scan the code below."
        ifApplicable = vi ? "nếu có" : "if applicable"
        form = vi ? "Mẫu" : "Form"
        submitAt = vi ? "Nơi nộp" : "Hand in at"
    }
}
