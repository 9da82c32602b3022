import Foundation
import HallDatabase
import KioskConfiguration
import KioskPrinting
import KioskRuntime
import Logging
import QueueTickets

/// Opening the queue's store and the printer for the kiosk and the commands.
enum QueueDatabase {
    /// The hall server's queue when kiosk.conf names a server (one numbering for the whole hall), else this
    /// kiosk's own file.
    static func open(_ config: KioskConfig) throws -> any QueueStore {
        if let server = try HallConnection.server(config) { return HallQueueStore(server: server, policy: config.queuePolicy) }
        return try SQLiteQueueStore(path: config.queueDatabasePath, policy: config.queuePolicy)
    }

    /// For the kiosk: a store that cannot be opened leaves the screens saying that no number can be issued.
    static func desk(_ config: KioskConfig, logger: Logger) -> TicketDesk? {
        do {
            return TicketDesk(store: try open(config), timeZone: .current)
        } catch {
            logger.error("queue store unavailable", metadata: ["error": "\(error)"])
            return nil
        }
    }

    static func printer(_ config: KioskConfig) -> ReceiptPrinter? {
        config.printer.map { ReceiptPrinter(connection: PrinterConnection(device: $0.device), encoder: ESCPOSEncoder($0)) }
    }
}
