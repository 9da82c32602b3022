import Foundation
import KioskConfiguration
import KioskPrinting
import ProcedureCatalog
import QueueTickets

/// The printouts as the command line makes them (`kiosk queue take`): the same paper as the screens print.
public enum Printouts {
    /// A ticket for a number taken for `procedure` (at its agency's queue).
    /// A ticket taken for a line (a prefix, a booking): every agency the line receives.
    public static func ticket(_ ticket: IssuedTicket, agencies: [Agency], catalog: Catalog, center: KioskConfig.Center,
                              language: Language, timeZone: TimeZone, lateness: Int) -> Printout {
        TicketPrintout.make(ticket, place: QueuePlace(queueOf: agencies),
                            group: ticket.priorityGroup.flatMap { catalog.priorityGroup($0)?.name }, center: center,
                            language: language, timeZone: timeZone, lateness: lateness)
    }

    public static func ticket(_ ticket: IssuedTicket, procedure: Procedure, catalog: Catalog,
                              center: KioskConfig.Center, language: Language, timeZone: TimeZone,
                              lateness: Int = 10) -> Printout {
        TicketPrintout.make(ticket, place: QueuePlace(procedure: procedure, catalog: catalog),
                            group: ticket.priorityGroup.flatMap { catalog.priorityGroup($0)?.name }, center: center,
                            language: language, timeZone: timeZone, lateness: lateness)
    }
}
