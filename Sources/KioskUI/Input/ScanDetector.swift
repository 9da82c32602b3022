import CaseTracking

/// Tells a barcode or QR scanner from a person: a scanner "types" a whole receipt number and Enter in a few
/// milliseconds, a person takes a tenth of a second or more a key. Keys that come faster than `maxGap` apart
/// are held back; if they end in Enter and read as a receipt number, they become one `.scan` event, otherwise
/// they are let through as the keys they were. Holding back costs a person at most `maxGap` of delay.
public struct ScanDetector: Sendable {
    /// Seconds between keys: faster than this is a machine.
    public static let maxGap = 0.035
    /// A receipt number has 21 characters without separators; anything much shorter is not a scan.
    public static let minLength = 15

    private var held: [(key: Key, at: Double)] = []

    public init() {}

    /// When the held keys must be let through if nothing else arrives (monotonic seconds).
    public var deadline: Double? { held.last.map { $0.at + Self.maxGap } }

    /// Takes one event at monotonic time `now`; returns the events to apply now, in order.
    public mutating func feed(_ event: KioskEvent, at now: Double) -> [KioskEvent] {
        var out = flushIfStale(at: now)
        switch event {
        case .key(.character(let character)):
            held.append((.character(character), now))
        case .key(.enter) where !held.isEmpty:
            let text = String(held.compactMap { if case .character(let c) = $0.key { c } else { nil } })
            if held.count >= Self.minLength, ReceiptNumber(parsing: text) != nil {
                held.removeAll()
                out.append(.scan(text))
            } else {
                out += release()
                out.append(event)
            }
        default:
            out += release()
            out.append(event)
        }
        return out
    }

    /// Lets the held keys through when the last came more than `maxGap` ago: a person is typing.
    public mutating func flushIfStale(at now: Double) -> [KioskEvent] {
        guard let deadline, now > deadline else { return [] }
        return release()
    }

    private mutating func release() -> [KioskEvent] {
        defer { held.removeAll() }
        return held.map { .key($0.key) }
    }
}
