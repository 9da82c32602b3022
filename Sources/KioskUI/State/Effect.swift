import CaseTracking

/// What the state machine asks the outside world to do after an event.
public enum Effect: Equatable, Sendable {
    /// Staff ended the program with the exit chord.
    case quit
    /// Look up a case; the answer comes back as `KioskEvent.caseLookedUp`.
    case lookUpCase(ReceiptNumber, idLast4: String?)
}
