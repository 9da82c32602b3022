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
}
