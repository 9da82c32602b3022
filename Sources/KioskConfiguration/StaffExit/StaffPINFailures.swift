import Foundation

/// The wrong staff PINs typed at this kiosk, as kept in var/ (`StaffExitPolicy` says what they mean). Nothing
/// of the digits typed: only when.
public struct StaffPINFailures: Codable, Equatable, Sendable {
    /// When each wrong PIN of the policy's window was typed, oldest first.
    public private(set) var times: [Date]
    /// When the wrong PIN that locked the exit was typed; the lock lasts the window or until staff clear it.
    public private(set) var lockedAt: Date?

    enum CodingKeys: String, CodingKey {
        case times = "wrong_pins"
        case lockedAt = "locked_at"
    }

    public var isEmpty: Bool { times.isEmpty && lockedAt == nil }

    public init(times: [Date] = [], lockedAt: Date? = nil) {
        self.times = times.sorted()
        self.lockedAt = lockedAt
    }

    /// What a kiosk assumes when the file cannot be read: the exit locked from `now`, since a stranger at the
    /// screen must gain nothing from a damaged file; `kiosk staff unlock` writes a good one.
    public static func unreadable(at now: Date) -> StaffPINFailures {
        StaffPINFailures(lockedAt: now)
    }

    /// The wrong PINs within `window` before `now`.
    public func count(within window: TimeInterval, at now: Date) -> Int {
        times.filter { now.timeIntervalSince($0) < window }.count
    }

    /// One more wrong PIN at `now`, forgetting those older than `window`; locked when it makes `lockAfter`.
    func adding(_ now: Date, window: TimeInterval, lockAfter: Int) -> StaffPINFailures {
        var next = StaffPINFailures(times: times.filter { now.timeIntervalSince($0) < window } + [now])
        if let lockedAt, now.timeIntervalSince(lockedAt) < window { next.lockedAt = lockedAt }
        if next.times.count >= lockAfter, next.lockedAt == nil { next.lockedAt = now }
        return next
    }
}
