import Foundation

/// A booking's code as the booking system gave it (typed, or read from the QR on the citizen's phone by the
/// scanner): 4 to 32 letters, digits or dashes, case ignored.
public struct BookingCode: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init?(_ raw: String) {
        let upper = raw.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        guard (4...32).contains(upper.count),
              upper.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else { return nil }
        text = upper
    }

    public var description: String { text }
}
