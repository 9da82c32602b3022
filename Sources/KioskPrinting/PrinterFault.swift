/// Why a print did not happen. The kiosk says so and carries on: a citizen never waits on a printer.
public enum PrinterFault: Error, Sendable, Equatable {
    /// Nothing answers at the address, or the device or file cannot be opened (the reason as the system said).
    case unreachable(String)
    /// The printer reports its paper roll empty.
    case outOfPaper
    /// It took the connection but not the bytes within the deadline (jammed, cover open, offline).
    case timedOut
    /// The connection broke while sending.
    case writeFailed(String)
}

/// What the paper sensor says (DLE EOT 4), when the printer answers it.
public enum PaperStatus: Sendable, Equatable {
    case present
    case nearEnd
    case out
    /// The printer (or a device or file that cannot answer) said nothing.
    case unknown
}
