/// How a print went: on paper, or why not (the kiosk says so on the screen that asked).
public enum PrintReport: Sendable, Equatable {
    case printed
    case failed(PrinterFault)
}
