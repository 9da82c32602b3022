import Foundation

/// What the case look-up screens tell the citizen besides the case itself.
public enum CaseMessage: Equatable, Sendable {
    /// What was typed cannot be a receipt number.
    case notAReceiptNumber
    /// Fewer than 4 digits of the ID number.
    case needFourDigits
    /// No case with this number and these digits (the same answer for either being wrong).
    case notFound
    /// Too many failures: look-ups wait until then.
    case wait(until: Date)
    /// The case database cannot answer now.
    case unavailable
    /// The staff PIN was wrong.
    case wrongPIN
}
