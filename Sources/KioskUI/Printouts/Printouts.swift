import Foundation
import KioskConfiguration
import KioskPrinting
import ProcedureCatalog
import QueueTickets

/// The printouts as the command line makes them (`kiosk queue take`): the same paper as the screens print.
public enum Printouts {
    /// A ticket for a number taken for `procedure` (at its agency's queue).
    public static func ticket(_ ticket: IssuedTicket, procedure: Procedure, catalog: Catalog,
                              center: KioskConfig.Center, language: Language, timeZone: TimeZone) -> Printout {
        TicketPrintout.make(ticket, place: QueuePlace(procedure: procedure, catalog: catalog), center: center,
                            language: language, timeZone: timeZone)
    }
}
