import Foundation

/// Slows down guessing: after `freeAttempts` failed look-ups in a row, each further failure locks look-ups for a
/// cool-down that doubles (base, 2×, 4×… up to 32× the base). A success, or the kiosk's idle reset, clears it.
public struct LookupThrottle: Equatable, Sendable {
    public let freeAttempts: Int
    public let baseCooldown: TimeInterval
    public private(set) var failures = 0
    public private(set) var blockedUntil: Date?

    public init(freeAttempts: Int = 5, baseCooldown: TimeInterval = 30) {
        self.freeAttempts = freeAttempts
        self.baseCooldown = baseCooldown
    }

    /// Seconds left before another look-up is allowed, or nil when one is allowed now.
    public func secondsLeft(at now: Date) -> Int? {
        guard let until = blockedUntil, until > now else { return nil }
        return Int((until.timeIntervalSince(now)).rounded(.up))
    }

    public mutating func recordFailure(at now: Date) {
        failures += 1
        guard failures >= freeAttempts else { return }
        let doublings = min(failures - freeAttempts, 5)
        blockedUntil = now.addingTimeInterval(baseCooldown * Double(1 << doublings))
    }

    public mutating func reset() {
        failures = 0
        blockedUntil = nil
    }
}
