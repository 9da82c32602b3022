import Foundation
import ProcedureCatalog
/// A queue ticket's number as the citizen reads it and a counter calls it: the queue's prefix and the count of
/// that queue's tickets today, "A12".
public struct TicketNumber: Hashable, Sendable, CustomStringConvertible {
    public var prefix: String
    public var sequence: Int

    public init(prefix: String, sequence: Int) {
        self.prefix = prefix
        self.sequence = sequence
    }

    public var description: String { "\(prefix)\(sequence)" }

    /// "K12", "AB3" (as printed), case ignored; nil for anything else.
    public init?(parsing text: String) {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        let prefix = String(upper.prefix { $0.isLetter })
        guard QueueLine.isValidPrefix(prefix), let sequence = Int(upper.dropFirst(prefix.count)), sequence > 0 else { return nil }
        self.init(prefix: prefix, sequence: sequence)
    }
}
