import CaseTracking
import Foundation
import KioskPrinting
import KioskUI
import Logging
import ProcedureCatalog
import QueueTickets

/// Issues queue numbers for the kiosk's screens from the queue's store (the hall server's, else the kiosk's
/// own file), on the center's calendar day.
public struct TicketDesk: Sendable {
    public let store: any QueueStore
    public let timeZone: TimeZone

    public init(store: any QueueStore, timeZone: TimeZone) {
        self.store = store
        self.timeZone = timeZone
    }

    /// The day numbers restart on: the center's local day.
    public func day(_ time: Date) -> String { Self.day(time, in: timeZone) }

    /// The queue day of `time` in `timeZone` (the commands' and the board's too), "2026-12-03".
    public static func day(_ time: Date, in timeZone: TimeZone) -> String { LocalDay(time, in: timeZone).description }

    func take(_ request: TicketRequest, at time: Date, logger: Logger) -> TicketOutcome {
        do {
            return .issued(try store.take(request, day: day(time), at: time))
        } catch let refusal as BookingRefusal {
            return .refused(refusal)
        } catch {
            logger.error("queue number not issued", metadata: ["error": "\(error)"])
            return .unavailable
        }
    }
}
