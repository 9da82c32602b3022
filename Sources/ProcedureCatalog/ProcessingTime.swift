/// How long the agency takes to return the result, as the law states it.
public struct ProcessingTime: Hashable, Sendable, Encodable {
    public enum Unit: String, CaseIterable, Sendable, Codable {
        /// Returned the same day (received after 15:00: the next working day).
        case sameDay = "same_day"
        case hours
        case workingDays = "working_days"
        case days
        case months
    }

    /// Meaningless for `sameDay`, where it is 0.
    public var value: Int
    public var unit: Unit
    public var note: LocalizedText?

    public init(value: Int, unit: Unit, note: LocalizedText? = nil) {
        self.value = value
        self.unit = unit
        self.note = note
    }
}
