/// A way of submitting a case: in person at the counter, online through the portal, or by public post.
/// Processing time and fees are set per channel (the national record keeps them so).
public struct Channel: Hashable, Sendable, Encodable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case inPerson = "in_person"
        case online
        case post
    }

    public var kind: Kind
    public var time: ProcessingTime
    /// Empty means free of charge.
    public var fees: [Fee]
    public var note: LocalizedText?

    public init(kind: Kind, time: ProcessingTime, fees: [Fee], note: LocalizedText? = nil) {
        self.kind = kind
        self.time = time
        self.fees = fees
        self.note = note
    }
}
