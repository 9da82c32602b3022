import Foundation
import KioskConfiguration
import KioskPrinting
import ProcedureCatalog
import QueueTickets

/// A queue ticket on paper: the number large, where it will be called, how many wait before it.
enum TicketPrintout {
    static func make(_ ticket: IssuedTicket, place: QueuePlace, group: LocalizedText?, center: KioskConfig.Center,
                     language: Language, timeZone: TimeZone, lateness: Int) -> Printout {
        var paper = Printout()
        paper.text(center.name[language], .heading)
        paper.text(language == .vi ? "SỐ THỨ TỰ" : "QUEUE NUMBER", .heading)
        paper.blank()
        paper.text(ticket.number.description, PrintStyle(centred: true, bold: true, large: true))
        if let kind = QueueUIText.kind(ticket, group: group, timeZone: timeZone) {
            paper.text(kind[language], PrintStyle(centred: true, bold: true))
        }
        paper.blank()
        paper.text(place.name[language], PrintStyle(centred: true, bold: true))
        if let procedure = place.procedure { paper.text(procedure[language], PrintStyle(centred: true)) }
        paper.text(place.whereCalled(ticket.counters, language), PrintStyle(centred: true))
        paper.rule()
        if ticket.lateBooking {
            paper.text(QueueUIText.lateBooking(ticket.slot, lateness: lateness, timeZone: timeZone)[language], PrintStyle(centred: true))
        }
        for (text, _) in QueueUIText.wait(ticket, timeZone: timeZone) { paper.text(text[language], PrintStyle(centred: true)) }
        if ticket.kind == .priority { paper.text(QueueUIText.priorityChecked[language], PrintStyle(centred: true)) }
        paper.text(QueueUIText.waitForCall[language], PrintStyle(centred: true))
        paper.blank()
        paper.text(QueueUIText.takenAt(ticket.takenAt, timeZone: timeZone)[language], PrintStyle(centred: true))
        return paper
    }
}

/// What a ticket says of where it is for: the agencies the queue receives (or the procedure's agency), the
/// procedure when it was taken from one, the floor.
struct QueuePlace: Equatable, Sendable {
    var name: LocalizedText
    var procedure: LocalizedText?
    var floor: LocalizedText?

    /// A number taken for a procedure: its agency (the procedure's own name where the catalog has no agency).
    init(procedure: Procedure, catalog: Catalog) {
        let agency = procedure.agency.flatMap { catalog.agency($0) }
        self.init(name: agency?.name ?? procedure.name, procedure: procedure.name, floor: agency?.floor)
    }

    /// A number taken for a queue from home: every agency it receives.
    init(queueOf agencies: [Agency]) {
        let names = agencies.map(\.name)
        self.init(name: LocalizedText(vi: names.map(\.vi).joined(separator: "; "),
                                      en: names.map(\.en).joined(separator: "; ")),
                  procedure: nil, floor: agencies.first?.floor)
    }

    init(name: LocalizedText, procedure: LocalizedText?, floor: LocalizedText?) {
        self.name = name
        self.procedure = procedure
        self.floor = floor
    }

    /// "Quầy 14, 15 — Tầng 1, …": the counters that call the number, and their floor.
    func whereCalled(_ counters: [Int], _ language: Language) -> String {
        [QueueUIText.counters(counters)[language], floor?[language]].compactMap { $0 }.joined(separator: " — ")
    }
}
