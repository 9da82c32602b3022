import CaseTracking
import Foundation
import KioskConfiguration
import KioskOperations
import TestSupport
import Testing
@testable import KioskUI

/// The staff exit as a stranger at the kiosk would try it: the chord is no secret, the PIN is, and wrong PINs
/// stay counted across chords, the idle reset and restarts (the record is a real file, as the run loop keeps).
@Suite struct StaffExitTests {
    @Test func theChordInARowThenThePIN() {
        var session = Session()
        session.press(.control("x"), .character("a"), .control("q"))
        #expect(session.state.screen == .search, "the chord was broken by a key between")
        session.press(.control("x"), .control("x"), .control("q"))
        #expect(session.state.screen == .staffPIN)
        #expect(session.effects == [.checkStaffExit])
        session.type("2468")
        #expect(session.shows("●●●●") && !session.shows("2468"))
        session.press(.enter)
        #expect(session.effects.last == .staffPINAccepted && !session.effects.contains(.quit))
        #expect(session.state.pages.map(\.screen) == [.home, .staffMenu], "the staff screen, nothing of before")
        session.type("1")
        #expect(session.effects.last == .quit)
    }

    @Test func threeWrongPINsCloseThePINScreenAndTheChordDoesNothingForAMinute() {
        var session = Session(.en)
        session.wrongPINs(3)
        #expect(session.state.screen == .home)
        #expect(!session.effects.contains(.quit))
        #expect(session.state.pinInput.isEmpty)
        let home = session.screen
        session.chord()
        #expect(session.state.screen == .home)
        #expect(session.screen == home, "a paused chord shows nothing at all")
        session.advance(59)
        session.chord()
        #expect(session.state.screen == .home)
        session.advance(1)
        session.chord()
        #expect(session.state.screen == .staffPIN, "the pause is one minute")
    }

    @Test func theCountHoldsAcrossChords() {
        var session = Session(.en)
        session.wrongPINs(2)
        #expect(session.shows("Wrong PIN."))
        session.press(.escape)
        #expect(session.state.screen == .home)
        session.chord()
        session.enterPIN("0000")
        #expect(session.state.screen == .home, "the third wrong PIN, though in a new chord")
        session.chord()
        #expect(session.state.screen == .home)
    }

    @Test func theIdleResetKeepsTheCount() {
        var session = Session(.en)
        session.wrongPINs(2)
        session.advance(Double(Shipped.config.idleTimeoutSeconds) + 11)
        #expect(session.state.pages == [Page(.home)] && session.state.language == .vi, "the idle reset ran")
        session.chord()
        session.enterPIN("0000")
        #expect(session.state.screen == .home)
        session.chord()
        #expect(session.state.screen == .home, "the idle reset cleared the screen, not the count")
    }

    @Test func aRestartKeepsTheCountThroughTheFile() {
        var before = Session(.en)
        before.wrongPINs(3)
        let after = before.state.now.addingTimeInterval(30)
        var restarted = Session(.en, staffFile: before.staffFile, now: after)
        restarted.chord()
        #expect(restarted.state.screen == .home, "a restart does not open a paused chord")
        restarted.advance(30)
        restarted.chord()
        #expect(restarted.state.screen == .staffPIN)
        restarted.enterPIN("0000")
        #expect(restarted.state.screen == .home, "the fourth wrong PIN pauses again at once")
        restarted.advance(119)
        restarted.chord()
        #expect(restarted.state.screen == .home, "the pause doubles to two minutes")
        restarted.advance(1)
        restarted.chord()
        #expect(restarted.state.screen == .staffPIN)
    }

    @Test func thePauseDoublesUpToAnHourThenTenWrongPINsLockTheChord() throws {
        var session = Session(.en)
        session.wrongPINs(3)
        var pauses: [TimeInterval] = []
        for _ in 4 ... 10 {
            let start = session.state.now
            // Wait out the pause, a second at a time over its end.
            var waited: TimeInterval = 0
            while true {
                session.chord()
                if session.state.screen == .staffPIN { break }
                let step: TimeInterval = waited < 50 ? 50 : 1
                session.advance(step)
                waited += step
                try #require(waited <= 3700, "the chord never opened again")
            }
            pauses.append(session.state.now.timeIntervalSince(start))
            session.enterPIN("0000")
        }
        #expect(pauses == [60, 120, 240, 480, 960, 1920, 3600])
        #expect(session.state.screen == .home)
        let verdict = session.app.staffExitPolicy.verdict(try session.staffFile.read(), at: session.state.now)
        #expect(verdict == .locked(until: session.state.now.addingTimeInterval(24 * 3600)))
        session.advance(23 * 3600)
        session.chord()
        #expect(session.state.screen == .home, "locked for 24 hours, whatever the pause")
        session.advance(3600)
        session.chord()
        #expect(session.state.screen == .staffPIN, "24 hours after the lock")
    }

    @Test func staffUnlockOpensTheChordAtOnceAndTheRightPINClearsTheCount() throws {
        var session = Session(.en)
        session.wrongPINs(3)
        session.chord()
        #expect(session.state.screen == .home)
        try session.staffFile.clear()  // `kiosk staff unlock`, from ssh, while the kiosk runs
        session.chord()
        #expect(session.state.screen == .staffPIN, "the chord reads the record afresh")
        session.enterPIN("0000")
        session.enterPIN("2468")
        #expect(session.state.screen == .staffMenu)
        #expect(try session.staffFile.read().isEmpty, "the right PIN forgets the wrong ones")
    }

    @Test func theRightPINAfterTheLimitDoesNothing() {
        var session = Session(.en)
        session.wrongPINs(3)
        session.chord()
        session.type("2468")
        session.press(.enter)
        #expect(!session.effects.contains(.quit))
        #expect(!session.effects.contains(.staffPINAccepted))
    }

    @Test func aRecordThatCannotBeReadLocksTheChord() {
        var session = Session(.en)
        let now = session.state.now
        session.send(.answered(.staffExitChecked(.unreadable(at: now))))  // the run loop's answer for a damaged file
        #expect(session.state.screen == .home)
        #expect(session.app.staffExitPolicy.verdict(session.state.staffFailures, at: now) == .locked(until: now + 86400))
    }
}

/// The staff exit when its record cannot be written: on a real full disk, the limit holds by locking.
@Suite struct StaffExitFullDiskTests {
    /// 15 wrong PINs then the right one on a full disk (what a tester did): the chord locks at the first
    /// wrong PIN it cannot count, and the right one does not open the staff menu.
    @Test func wrongPINsThatCannotBeRecordedLockTheChord() throws {
        let disk = try SmallDisk()
        var session = Session(.en, staffFile: StaffExitFile(path: disk.path + "/staff-exit.json"))
        session.chord()
        #expect(session.state.screen == .staffPIN, "a writable record opens the PIN screen")
        disk.fill()
        for _ in 0 ..< 15 {
            if session.state.screen != .staffPIN { session.chord() }
            if session.state.screen == .staffPIN { session.enterPIN("1111") }
        }
        session.chord()
        session.enterPIN("2468")
        #expect(!session.effects.contains(.staffPINAccepted) && !session.effects.contains(.quit))
        #expect(session.state.pages.map(\.screen) != [.home, .staffMenu])
        #expect(session.app.staffExitPolicy.verdict(session.state.staffFailures, at: session.state.now)
                == .locked(until: session.state.now + 86400))
    }

    /// Before any wrong PIN: a record that cannot be written does not open the PIN screen at all.
    @Test func anUnwritableRecordKeepsThePINScreenShut() throws {
        let disk = try SmallDisk()
        var session = Session(.en, staffFile: StaffExitFile(path: disk.path + "/staff-exit.json"))
        disk.fill()
        session.chord()
        #expect(session.state.screen == .home)
        disk.free()
        session.chord()
        #expect(session.state.screen == .staffPIN, "with room again, the chord works")
    }

    /// A wrong PIN the full disk refused is written once there is room: emptying the disk gives no fresh try.
    @Test func aWrongPINHeldWhileTheDiskWasFullIsCountedAfter() throws {
        let disk = try SmallDisk()
        let file = StaffExitFile(path: disk.path + "/staff-exit.json")
        var session = Session(.en, staffFile: file)
        session.chord()
        disk.fill()
        session.enterPIN("1111")
        #expect(session.state.screen == .home)
        disk.free()
        session.chord()
        #expect(try file.read().times.count == 1, "the held wrong PIN, written")
        #expect(session.state.screen == .staffPIN)
    }
}

extension Session {
    mutating func chord() {
        press(.control("x"), .control("q"))
    }

    mutating func enterPIN(_ pin: String) {
        type(pin)
        press(.enter)
    }

    /// `count` wrong PINs, opening the PIN screen with the chord whenever it is closed.
    mutating func wrongPINs(_ count: Int) {
        for _ in 0 ..< count {
            if state.screen != .staffPIN { chord() }
            enterPIN("1111")
        }
    }

    mutating func advance(_ seconds: TimeInterval) {
        send(.tick(state.now.addingTimeInterval(seconds)))
    }
}

/// What staff reach after the chord and the PIN.
@Suite struct StaffScreenTests {
    func staffIn(_ session: inout Session) {
        session.chord()
        session.enterPIN("2468")
    }

    @Test func theRatingsSummaryOfThirtyDaysLowestFirstAgainstTheGoal() throws {
        let ratings = try QuickRatingTests.Ratings()
        let now = Shipped.now
        let given: [(String, Satisfaction)] = Array(repeating: ("STP", .veryPleased), count: 10)
            + Array(repeating: ("SXD", .displeased), count: 6) + Array(repeating: ("SXD", .pleased), count: 6)
        for (index, (agency, answer)) in given.enumerated() {
            try ratings.store.save(Rating(kind: .quick, agency: agency, kiosk: "k", answers: [.attitude: answer.rawValue],
                                          time: now.addingTimeInterval(-Double(index + 1) * 3600)))
        }
        try ratings.store.save(Rating(kind: .quick, agency: "STP", kiosk: "k", answers: [.attitude: 0],
                                      time: now.addingTimeInterval(-40 * 86400)))  // older than 30 days: left out
        var session = Session(.en, ratings: ratings.recorder())
        staffIn(&session)
        session.type("2")
        #expect(session.shows("Satisfied: 72.7% (goal 95%) · 22 ratings"))
        let lines = session.lines
        let low = try #require(lines.firstIndex { $0.contains(" 50.0%   12 Bình Dương Department of Construction") })
        let high = try #require(lines.firstIndex { $0.contains("100.0%   10 Bình Dương Department of Justice") })
        #expect(low < high, "lowest first")
    }

    @Test func staffUnlockAReceiptNumberAtTheKiosk() throws {
        var session = Session(.en)
        let receipt = Shipped.demo["processing-passport"]!.receipt
        for _ in 0 ..< 20 { _ = try session.store.recordFailure(receipt: receipt, kiosk: "other", policy: Shipped.policy, at: Shipped.now) }
        #expect(try session.store.locks(at: Shipped.now).count == 1)
        staffIn(&session)
        session.type("3")
        #expect(session.state.screen == .staffUnlock)
        session.type(receipt.description)
        session.press(.enter)
        #expect(session.shows("Look-ups of \(receipt)") && session.shows("are open again."))
        #expect(try session.store.locks(at: Shipped.now).isEmpty)
        session.press(.enter)
        #expect(session.shows("\(receipt) was neither") && session.shows("locked nor paused."))
    }

    @Test func theIdleResetClosesTheStaffScreen() {
        var session = Session(.en)
        staffIn(&session)
        #expect(session.state.screen == .staffMenu)
        session.advance(Double(Shipped.config.idleTimeoutSeconds) + 11)
        #expect(session.state.pages == [Page(.home)])
    }
}
