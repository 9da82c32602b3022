import CaseTracking
import Foundation
import KioskConfiguration
import KioskPrinting

/// What an effect sends back (`KioskEvent.answered`): the one way an answer reaches the screen that asked.
/// Each answer names what it answers with a typed value where the asking screen could have been left and
/// opened again meanwhile (the receipt number looked up), so a screen takes only its own.
///
/// An answering screen costs one case here, one `Effect` case and one arm in `EffectRunner.run`; the screen's
/// `received(_:_:)` takes it. The app keeps two for itself (the staff exit's record is kiosk-wide).
public enum Answer: Equatable, Sendable {
    /// A case look-up's outcome, for this number.
    case lookedUp(ReceiptNumber, LookupOutcome)
    /// The case's earlier rating, if any.
    case caseRating(ReceiptNumber, Rating?)
    /// Ratings since a time (the staff summary).
    case ratings([Rating])
    /// A receipt number's lock lifted (true) or there was none (false).
    case unlocked(ReceiptNumber, Bool)
    case ticket(TicketOutcome)
    case printed(PrintReport)
    /// Whether a rating was kept (in the database or the outbox).
    case ratingSaved(kept: Bool)
    /// The wrong staff PINs on record now (`checkStaffExit`; `kiosk staff unlock` may have cleared them).
    case staffExitChecked(StaffPINFailures)
    /// The record with a wrong staff PIN added (`recordWrongStaffPIN`).
    case staffPINRecorded(StaffPINFailures)
}
