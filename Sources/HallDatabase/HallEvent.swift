import CaseTracking
import Foundation

/// What a kiosk sends the hall server, through its outbox, in the order it happened. Each carries its
/// idempotency key (`id`): a replay after a lost acknowledgement changes nothing.
public struct HallEvent: Codable, Sendable, Equatable {
    public enum Kind: Codable, Sendable, Equatable {
        /// A citizen's rating (its own id is the key).
        case rating(Rating)
        /// A search a citizen ended (its own id is the key).
        case search(SearchRecord)
        /// A failed look-up at `time`, counted under the number's keyed hash (`SecondFactorKey.guessKey`) with
        /// the kiosk's guess policy (the first cool-down in seconds) so that every kiosk's failures make one
        /// count. `number` only when it is a case's (the copy holds it): a locked case's number is listed for
        /// staff; a number typed wrong is never sent.
        case failed(key: String, number: String?, time: Date, cooldown: TimeInterval)
        /// A right look-up, which clears the count kept under this hash.
        case succeeded(key: String)
        /// As an older kiosk kept them in its outbox, with the number itself: read, then sent as `failed` and
        /// `succeeded` (`hashed`), never as they are.
        case failure(receipt: String, time: Date, cooldown: TimeInterval)
        case success(receipt: String)
    }

    public var id: UUID
    public var kind: Kind

    public init(id: UUID = UUID(), kind: Kind) {
        self.id = id
        self.kind = kind
    }

    /// The event as it goes to the server: an older kiosk's number replaced with its hash (`guessKey`).
    public func hashed(_ guessKey: (ReceiptNumber) -> String) -> HallEvent {
        switch kind {
        case .failure(let receipt, let time, let cooldown):
            guard let number = ReceiptNumber(parsing: receipt) else { return self }
            return HallEvent(id: id, kind: .failed(key: guessKey(number), number: nil, time: time, cooldown: cooldown))
        case .success(let receipt):
            guard let number = ReceiptNumber(parsing: receipt) else { return self }
            return HallEvent(id: id, kind: .succeeded(key: guessKey(number)))
        case .rating, .search, .failed, .succeeded:
            return self
        }
    }
}

extension HallEvent {
    /// A failed or right look-up (the server then removes counts that ran out first).
    var countsGuesses: Bool {
        switch kind {
        case .failed, .succeeded, .failure, .success: true
        case .rating, .search: false
        }
    }
}
