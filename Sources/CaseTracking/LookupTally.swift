/// How a case look-up ended, as the anonymous usage counts name it (`kiosk.log`'s `lookups`).
public enum LookupTally: String, CaseIterable, Sendable {
    case found
    case notFound = "not_found"
    case unavailable
    /// A pause of the receipt number or of the kiosk.
    case coolingDown = "cooling_down"
    case locked
    /// What was typed is not a receipt number.
    case malformed

    public init(_ outcome: LookupOutcome) {
        self = switch outcome {
        case .found: .found
        case .notFound: .notFound
        case .refused(.receiptLocked): .locked
        case .refused: .coolingDown
        case .unavailable: .unavailable
        }
    }
}
