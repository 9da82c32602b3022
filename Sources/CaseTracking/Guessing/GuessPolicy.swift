import Foundation

/// How many wrong look-ups the kiosks allow before they stop answering. The second factor is 4 digits, 10,000
/// possibilities, so both a receipt number and a kiosk are limited:
/// - per receipt number (whether a case exists or not, so a pause says nothing about existence): `freeFailures`
///   failures, then a cool-down after each further one, doubling from `baseCooldown` up to 32 times it; after
///   `lockAfter` failures within `window`, the number is locked until staff unlock it or `window` has passed.
///   A success clears that number's count only.
/// - per kiosk, on any numbers: a leaky bucket. Each failure adds one; one leaks away every `kioskLeak`
///   seconds; while `kioskBurst` are in it, the kiosk's look-ups pause. Nothing else empties it (not a success,
///   not the idle reset, not a restart), so at most `kioskBurst` + 3600 / `kioskLeak` failed guesses an hour.
public struct GuessPolicy: Sendable, Equatable {
    public var freeFailures = 5
    public var baseCooldown: TimeInterval = 30
    /// The cool-down stops doubling at base × 2^5.
    public var maxDoublings = 5
    public var lockAfter = 20
    public var window: TimeInterval = 24 * 3600
    public var kioskBurst = 10
    public var kioskLeak: TimeInterval = 120

    public init(baseCooldown: TimeInterval = 30) {
        self.baseCooldown = baseCooldown
    }

    /// The most failed look-ups one kiosk lets through in an hour, and in a day (what docs/cases.md states).
    public var kioskFailuresPerHour: Int { kioskBurst + Int(3600 / kioskLeak) }
    public var kioskFailuresPerDay: Int { kioskBurst + Int(24 * 3600 / kioskLeak) }

    /// What applies to a receipt number with this count at `now`.
    public func verdict(_ count: ReceiptGuesses, at now: Date) -> GuessVerdict {
        if let until = count.lockedUntil, until > now { return .receiptLocked(until: until) }
        let live = current(count, at: now)
        guard live.failures >= freeFailures, let last = live.lastFailure else { return .allowed }
        let doublings = min(live.failures - freeFailures, maxDoublings)
        let until = last.addingTimeInterval(baseCooldown * Double(1 << doublings))
        return until > now ? .receiptCoolingDown(until: until) : .allowed
    }

    /// The count after one more failure at `now`.
    public func failing(_ count: ReceiptGuesses, at now: Date) -> ReceiptGuesses {
        var next = current(count, at: now)
        if next.failures == 0 { next.windowStart = now }
        next.failures += 1
        next.lastFailure = now
        if next.failures >= lockAfter { next.lockedUntil = now.addingTimeInterval(window) }
        return next
    }

    /// A count whose window has passed starts again; a lock that has passed is gone with it.
    private func current(_ count: ReceiptGuesses, at now: Date) -> ReceiptGuesses {
        if let until = count.lockedUntil, until <= now { return ReceiptGuesses() }
        if let start = count.windowStart, now.timeIntervalSince(start) >= window, count.lockedUntil == nil {
            return ReceiptGuesses()
        }
        return count
    }

    /// What applies to a kiosk whose bucket holds this at `now`.
    public func verdict(_ bucket: KioskGuesses, at now: Date) -> GuessVerdict {
        let level = bucket.level(at: now, leak: kioskLeak)
        guard level > Double(kioskBurst - 1) else { return .allowed }
        // Paused until one failure's worth has leaked out.
        let until = now.addingTimeInterval((level - Double(kioskBurst - 1)) * kioskLeak)
        return .kioskCoolingDown(until: until)
    }

    public func failing(_ bucket: KioskGuesses, at now: Date) -> KioskGuesses {
        KioskGuesses(level: bucket.level(at: now, leak: kioskLeak) + 1, updated: now)
    }

    /// The stricter of what applies to the receipt number and to the kiosk.
    public func verdict(receipt: ReceiptGuesses, kiosk: KioskGuesses, at now: Date) -> GuessVerdict {
        let byReceipt = verdict(receipt, at: now)
        return byReceipt == .allowed ? verdict(kiosk, at: now) : byReceipt
    }
}

/// Failed look-ups of one receipt number, as the case store keeps them.
public struct ReceiptGuesses: Equatable, Sendable {
    public var failures = 0
    /// The first failure of the current 24-hour window.
    public var windowStart: Date?
    public var lastFailure: Date?
    public var lockedUntil: Date?

    public init(failures: Int = 0, windowStart: Date? = nil, lastFailure: Date? = nil, lockedUntil: Date? = nil) {
        self.failures = failures
        self.windowStart = windowStart
        self.lastFailure = lastFailure
        self.lockedUntil = lockedUntil
    }
}

/// One kiosk's leaky bucket of failed look-ups.
public struct KioskGuesses: Equatable, Sendable {
    public var level: Double = 0
    public var updated: Date?

    public init(level: Double = 0, updated: Date? = nil) {
        self.level = level
        self.updated = updated
    }

    func level(at now: Date, leak: TimeInterval) -> Double {
        guard let updated else { return 0 }
        return max(0, level - max(0, now.timeIntervalSince(updated)) / leak)
    }
}

/// Whether a look-up may go ahead.
public enum GuessVerdict: Equatable, Sendable {
    case allowed
    /// Too many failures on this receipt number: wait until then.
    case receiptCoolingDown(until: Date)
    /// This receipt number is locked for look-ups at kiosks (staff unlock it, or it ends then).
    case receiptLocked(until: Date)
    /// Too many failures at this kiosk, on any numbers: wait until then.
    case kioskCoolingDown(until: Date)
}
