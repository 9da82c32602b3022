import Foundation
import KioskConfiguration
import KioskPrinting
import ProcedureCatalog
import QueueTickets

/// The printouts as the command line makes them (`kiosk queue take`, `kiosk print`): the same paper as the
/// screens print.
public enum Printouts {
    /// A ticket for a number taken for `procedure` (at its agency's queue).
    public static func ticket(_ ticket: IssuedTicket, procedure: Procedure, catalog: Catalog,
                              center: KioskConfig.Center, language: Language, timeZone: TimeZone) -> Printout {
        let agency = procedure.agency.flatMap { catalog.agency($0) }
        let place = QueuePlace(name: agency?.name ?? procedure.name, procedure: procedure.name, floor: agency?.floor)
        return TicketPrintout.make(ticket, place: place, center: center, language: language, timeZone: timeZone)
    }

    public static func checklist(_ procedure: Procedure, catalog: Catalog, center: KioskConfig.Center,
                                 channel: Channel.Kind?, language: Language, at time: Date,
                                 timeZone: TimeZone) -> Printout {
        ChecklistPrintout.make(procedure, catalog: catalog, center: center, channel: channel, language: language,
                               at: time, timeZone: timeZone)
    }
}
