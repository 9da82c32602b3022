import CaseTracking
import Foundation
@_exported import KioskGrid
import KioskConfiguration

/// Everything that can happen to the kiosk, as the state machine receives it.
public enum KioskEvent: Sendable, Equatable {
    case key(Key)
    /// A touch or button-1 click on a cell (0-based).
    case click(x: Int, y: Int)
    /// The mouse wheel or a two-finger swipe: negative scrolls up.
    case wheel(Int, x: Int, y: Int)
    case resize(Size)
    /// The clock moved on (the header shows the time).
    case tick(Date)
    /// A barcode or QR scanner typed this, ending in Enter, faster than a person types (see `ScanDetector`).
    case scan(String)
    /// The answer to a `lookUpCase` effect.
    case caseLookedUp(LookupOutcome)
    /// The answer to `checkStaffExit`: the wrong staff PINs on record now.
    case staffExitChecked(StaffPINFailures)
    /// The answer to `recordWrongStaffPIN`: the record with that PIN added.
    case staffPINRecorded(StaffPINFailures)
    /// The answer to `findCaseRating`: the case's earlier rating, if any.
    case caseRatingFound(Rating?)
    /// The answer to `loadRatings`.
    case ratingsLoaded([Rating])
    /// The answer to `unlockReceipt`: whether there was a lock or pause to lift.
    case receiptUnlocked(ReceiptNumber, Bool)
    /// The answer to `takeTicket`.
    case ticketTaken(TicketOutcome)
    /// The answer to `print`.
    case printed(PrintReport)
    /// The answer to `saveRating`: whether the rating was kept (in the database or the outbox).
    case ratingSaved(kept: Bool)
}

extension KioskEvent {
    /// A terminal's report as the state machine takes it.
    public init(_ input: TerminalEvent) {
        switch input {
        case .key(let key): self = .key(key)
        case .click(let x, let y): self = .click(x: x, y: y)
        case .wheel(let steps, let x, let y): self = .wheel(steps, x: x, y: y)
        case .resize(let size): self = .resize(size)
        }
    }
}
