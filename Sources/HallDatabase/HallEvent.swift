import CaseTracking
import Foundation

/// What a kiosk sends the hall server, through its outbox, in the order it happened. Each carries its
/// idempotency key (`id`): a replay after a lost acknowledgement changes nothing.
public struct HallEvent: Codable, Sendable, Equatable {
    public enum Kind: Codable, Sendable, Equatable {
        /// A citizen's rating (its own id is the key).
        case rating(Rating)
        /// A failed look-up of this receipt number at `time`, counted with the kiosk's guess policy (the first
        /// cool-down in seconds) so that every kiosk's failures make one count.
        case failure(receipt: String, time: Date, cooldown: TimeInterval)
        /// A right look-up, which clears the number's count.
        case success(receipt: String)
    }

    public var id: UUID
    public var kind: Kind

    public init(id: UUID = UUID(), kind: Kind) {
        self.id = id
        self.kind = kind
    }
}
