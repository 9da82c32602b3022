import Foundation
import KioskConfiguration
import KioskPrinting
import ProcedureCatalog
import QueueTickets

/// A queue ticket on paper: the number large, where it will be called, how many wait before it.
enum TicketPrintout {
    static func make(_ ticket: IssuedTicket, place: QueuePlace, center: KioskConfig.Center, language: Language,
                     timeZone: TimeZone) -> Printout {
        var paper = Printout()
        paper.text(center.name[language], .heading)
        paper.text(language == .vi ? "SỐ THỨ TỰ" : "QUEUE NUMBER", .heading)
        paper.blank()
        paper.text(ticket.number.description, PrintStyle(centred: true, bold: true, large: true))
        paper.blank()
        paper.text(place.name[language], PrintStyle(centred: true, bold: true))
        if let procedure = place.procedure { paper.text(procedure[language], PrintStyle(centred: true)) }
        var whereText = QueueUIText.counters(ticket.counters)[language]
        if let floor = place.floor?[language] { whereText += " — \(floor)" }
        paper.text(whereText, PrintStyle(centred: true))
        paper.rule()
        paper.text(QueueUIText.ahead(ticket.ahead)[language], PrintStyle(centred: true))
        if let estimate = ticket.estimate { paper.text(QueueUIText.estimate(estimate)[language], PrintStyle(centred: true)) }
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
}
