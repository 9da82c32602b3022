import Foundation

/// When the exit chord may open the staff PIN screen. A stranger who watched staff, or read the docs, knows
/// the chord; the PIN is what stands between them and the machine, so wrong PINs are counted across chords,
/// the idle reset and restarts:
/// - `freeFailures` wrong PINs, then the chord does nothing for `basePause`, doubling with each further wrong
///   PIN up to `maxPause`;
/// - `lockAfter` wrong PINs within `window`: the chord does nothing until someone with access to the machine
///   runs `kiosk staff unlock`, or `window` has passed since the lock.
/// The right PIN clears the count.
public struct StaffExitPolicy: Sendable, Equatable {
    public var freeFailures = 3
    public var basePause: TimeInterval = 60
    public var maxPause: TimeInterval = 3600
    public var lockAfter = 10
    public var window: TimeInterval = 24 * 3600

    public init() {}

    /// What the chord does at `now`.
    public func verdict(_ failures: StaffPINFailures, at now: Date) -> StaffExitVerdict {
        if let lockedAt = failures.lockedAt, now.timeIntervalSince(lockedAt) < window {
            // A clock set back must not stretch the lock beyond one window from now.
            return .locked(until: min(lockedAt, now).addingTimeInterval(window))
        }
        let recent = failures.times.filter { now.timeIntervalSince($0) < window }
        guard recent.count >= freeFailures, let last = recent.last else { return .open }
        let pause = pause(afterFailures: recent.count)
        let until = min(last, now).addingTimeInterval(pause)
        return until > now ? .paused(until: until) : .open
    }

    /// The count after one more wrong PIN at `now`.
    public func failing(_ failures: StaffPINFailures, at now: Date) -> StaffPINFailures {
        failures.adding(now, window: window, lockAfter: lockAfter)
    }

    /// How long the chord does nothing after the `count`-th wrong PIN (from `freeFailures` on).
    public func pause(afterFailures count: Int) -> TimeInterval {
        let doublings = min(max(count - freeFailures, 0), 16)
        return min(basePause * Double(1 << doublings), maxPause)
    }
}

/// What the exit chord does now.
public enum StaffExitVerdict: Equatable, Sendable {
    /// The chord opens the PIN screen.
    case open
    /// After wrong PINs: the chord does nothing until then.
    case paused(until: Date)
    /// After `lockAfter` wrong PINs: nothing until then or `kiosk staff unlock`.
    case locked(until: Date)
}
