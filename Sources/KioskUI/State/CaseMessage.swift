import CaseTracking
import Foundation

/// What the case look-up screens tell the citizen besides the case itself.
public enum CaseMessage: Equatable, Sendable {
    /// What was typed cannot be a receipt number.
    case notAReceiptNumber
    /// Fewer than 4 digits of the ID number.
    case needFourDigits
    /// No case with this number and these digits (the same answer for either being wrong).
    case notFound
    /// Too many failures on this receipt number: its look-ups wait until then.
    case wait(until: Date)
    /// Too many failures on this receipt number within a day: kiosks look it up no more until staff unlock it.
    case receiptPaused
    /// Too many failures at this kiosk, on any numbers: its look-ups wait until then.
    case kioskWait(until: Date)
    /// The case database cannot answer now.
    case unavailable
    /// The staff PIN was wrong.
    case wrongPIN
    /// The look-up is under way (the case database answers off the input loop).
    case lookingUp
}

extension CaseMessage {
    /// What a look-up's answer tells the citizen when it found no case to show.
    init(answer outcome: LookupOutcome) {
        switch outcome {
        case .found: self = .notFound  // not asked: a found case is shown, not told
        case .notFound(let then): self = CaseMessage(then) ?? .notFound
        case .refused(let verdict): self = CaseMessage(verdict) ?? .notFound
        case .unavailable: self = .unavailable
        }
    }

    /// What to tell the citizen about a pause, or nil when none applies. A lock's end is not shown: staff may
    /// lift it sooner, and a stranger learns nothing from it.
    init?(_ verdict: GuessVerdict) {
        switch verdict {
        case .allowed: return nil
        case .receiptCoolingDown(let until): self = .wait(until: until)
        case .receiptLocked: self = .receiptPaused
        case .kioskCoolingDown(let until): self = .kioskWait(until: until)
        }
    }
}
