import Logging

/// The receipt printer: printouts encoded for it and sent within a deadline; the kiosk's screens and
/// `kiosk queue take` print through it alike.
public struct ReceiptPrinter: Sendable {
    public let connection: PrinterConnection
    public let encoder: ESCPOSEncoder

    public init(connection: PrinterConnection, encoder: ESCPOSEncoder) {
        self.connection = connection
        self.encoder = encoder
    }

    /// Prints `printout`; a failure is logged (the device and the fault, never the paper's text) when a logger
    /// is given (the kiosk's), and said by the caller (the screen, or the command line in its language).
    public func print(_ printout: Printout, logger: Logger? = nil) -> PrintReport {
        switch connection.send(encoder.encode(printout)) {
        case .success:
            return .printed
        case .failure(let fault):
            logger?.error("printer", metadata: ["device": "\(connection.device)", "fault": "\(fault)"])
            return .failed(fault)
        }
    }
}
