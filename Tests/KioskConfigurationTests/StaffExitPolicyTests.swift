import Foundation
import Testing
@testable import KioskConfiguration

/// The staff exit's guess limit alone: what the chord does after wrong PINs, in time.
@Suite("Staff exit policy")
struct StaffExitPolicyTests {
    let policy = StaffExitPolicy()
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// `count` wrong PINs, `gap` seconds apart from `start`.
    func failures(_ count: Int, gap: TimeInterval = 1) -> StaffPINFailures {
        (0 ..< count).reduce(StaffPINFailures()) { policy.failing($0, at: start + Double($1) * gap) }
    }

    @Test("two wrong PINs leave the chord open; the third pauses it one minute, doubling up to an hour")
    func pauses() {
        #expect(policy.verdict(failures(2), at: start + 2) == .open)
        for (count, pause) in [(3, 60.0), (4, 120), (5, 240), (6, 480), (7, 960), (8, 1920), (9, 3600)] {
            let last = start + Double(count - 1)
            #expect(policy.verdict(failures(count), at: last) == .paused(until: last + pause), "after \(count)")
            #expect(policy.verdict(failures(count), at: last + pause) == .open, "after \(count)")
        }
    }

    @Test("ten wrong PINs within 24 hours lock the chord for 24 hours from the tenth")
    func lock() {
        let ten = failures(10, gap: 3600)
        let tenth = start + 9 * 3600
        #expect(ten.lockedAt == tenth)
        #expect(policy.verdict(ten, at: tenth + 23 * 3600) == .locked(until: tenth + 86400))
        #expect(policy.verdict(ten, at: tenth + 86400) == .open)
        #expect(ten.count(within: policy.window, at: tenth + 86400) == 0)
    }

    @Test("wrong PINs older than 24 hours no longer count")
    func window() {
        let nine = failures(9, gap: 3 * 3600)  // 24 hours from the first to the ninth
        let later = policy.failing(nine, at: start + 9 * 3 * 3600)
        #expect(later.lockedAt == nil, "the first two have left the window")
        #expect(later.count(within: policy.window, at: start + 27 * 3600) == 8)
    }

    @Test("a clock set back does not stretch a pause or a lock beyond its length from now")
    func clockSetBack() {
        let ten = failures(10)
        let earlier = start - 30 * 86400
        #expect(policy.verdict(ten, at: earlier) == .locked(until: earlier + 86400))
        let three = failures(3)
        #expect(policy.verdict(three, at: earlier) == .paused(until: earlier + 60))
    }

    @Test("an unreadable record locks the chord")
    func unreadable() {
        #expect(policy.verdict(.unreadable(at: start), at: start + 10) == .locked(until: start + 86400))
    }
}

@Suite("Staff PIN fitness")
struct PINWeaknessTests {
    @Test("too short, one digit repeated, straight runs and repeated blocks are refused", arguments: [
        ("2468", PINWeakness.length), ("12345", .length), ("1234567890123", .length), ("12a456", .length),
        ("000000", .sameDigit), ("77777777", .sameDigit),
        ("123456", .straightRun), ("654321", .straightRun), ("890123", .straightRun), ("3210987", .straightRun),
        ("121212", .repeatedBlock), ("123123", .repeatedBlock), ("909090", .repeatedBlock),
    ])
    func refused(pin: String, weakness: PINWeakness) {
        #expect(PINWeakness.of(pin) == weakness)
    }

    @Test("PINs without a pattern are fit", arguments: ["975310", "246813", "8021437", "135792468024"])
    func fit(pin: String) {
        #expect(PINWeakness.of(pin) == nil)
    }

    @Test("the demo PIN still opens the kiosk (for demonstrations), though it is not fit")
    func demo() {
        #expect(StaffPIN.isWellFormed(StaffPIN.demo))
        #expect(PINWeakness.of(StaffPIN.demo) == .length)
    }
}
