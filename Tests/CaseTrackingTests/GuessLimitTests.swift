import TestSupport
import Foundation
import Testing
@testable import CaseTracking
import GRDB

/// The guess limit: the policy alone, then counted in real SQLite files shared by kiosks and reopened.
@Suite struct GuessLimitTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let policy = GuessPolicy(baseCooldown: 30)

    @Test func fiveFreeFailuresThenADoublingCoolDownCappedAt32Times() {
        var count = ReceiptGuesses()
        for attempt in 1 ... 4 {
            count = policy.failing(count, at: start)
            #expect(policy.verdict(count, at: start) == .allowed, "attempt \(attempt)")
        }
        count = policy.failing(count, at: start)
        #expect(policy.verdict(count, at: start) == .receiptCoolingDown(until: start.addingTimeInterval(30)))
        #expect(policy.verdict(count, at: start.addingTimeInterval(30)) == .allowed)
        count = policy.failing(count, at: start.addingTimeInterval(30))
        #expect(policy.verdict(count, at: start.addingTimeInterval(30)) == .receiptCoolingDown(until: start.addingTimeInterval(90)))
        for _ in 0 ..< 8 { count = policy.failing(count, at: start) }
        #expect(count.failures == 14)
        #expect(policy.verdict(count, at: start) == .receiptCoolingDown(until: start.addingTimeInterval(30 * 32)))
    }

    @Test func twentyWithinADayLockForADayAndAnOldWindowStartsAgain() {
        var count = ReceiptGuesses()
        for minute in 0 ..< 19 { count = policy.failing(count, at: start.addingTimeInterval(Double(minute) * 60)) }
        #expect(count.lockedUntil == nil)
        let twentieth = start.addingTimeInterval(3600)
        count = policy.failing(count, at: twentieth)
        let until = twentieth.addingTimeInterval(24 * 3600)
        #expect(policy.verdict(count, at: twentieth.addingTimeInterval(23 * 3600)) == .receiptLocked(until: until))
        #expect(policy.verdict(count, at: until) == .allowed)
        #expect(policy.failing(count, at: until).failures == 1, "a lock that ended starts the count again")
        // 19 failures, then a day later: a new window, not a lock.
        var slow = ReceiptGuesses()
        for minute in 0 ..< 19 { slow = policy.failing(slow, at: start.addingTimeInterval(Double(minute) * 60)) }
        slow = policy.failing(slow, at: start.addingTimeInterval(24 * 3600 + 1))
        #expect(slow.failures == 1 && slow.lockedUntil == nil)
    }

    @Test func aKioskLetsThroughAtMostItsBurstThenOneFailureEveryTwoMinutes() {
        var bucket = KioskGuesses()
        var now = start
        var failures = 0
        // A guesser trying as fast as the kiosk lets them, for an hour.
        while now < start.addingTimeInterval(3600) {
            if case .kioskCoolingDown(let until) = policy.verdict(bucket, at: now) {
                now = until
                continue
            }
            bucket = policy.failing(bucket, at: now)
            failures += 1
            now = now.addingTimeInterval(1)
        }
        #expect(failures <= policy.kioskFailuresPerHour)
        #expect(failures >= policy.kioskFailuresPerHour - 2)
        #expect(policy.kioskFailuresPerHour == 40)
        #expect(policy.kioskFailuresPerDay == 730)
    }

    func temporaryDatabase() -> String {
        TestScratch.root + "guesses-\(UUID().uuidString)/cases.sqlite"
    }

    @Test func countsSurviveARestartAndHoldForEveryKioskOfTheDatabase() throws {
        let path = temporaryDatabase()
        let (_, record, owner) = try CaseStoreTests.demo()[0]
        do {
            let store = try SQLiteCaseStore(path: path, key: CaseStoreTests.key)
            try store.save([record])
            let hall1 = CaseLookup(store: store, secondFactor: CaseStoreTests.key, kiosk: "hall-1", policy: policy)
            for minute in 0 ..< 4 {
                _ = hall1.lookUp(record.receipt, idLast4: "0000", at: start.addingTimeInterval(Double(minute) * 60))
            }
        }
        // Another kiosk, another process's connection, later: the fifth failure on the number pauses it.
        let store = try SQLiteCaseStore(path: path, key: CaseStoreTests.key)
        let hall2 = CaseLookup(store: store, secondFactor: CaseStoreTests.key, kiosk: "hall-2", policy: policy)
        let fifth = start.addingTimeInterval(600)
        #expect(hall2.lookUp(record.receipt, idLast4: "1111", at: fifth)
            == .notFound(then: .receiptCoolingDown(until: fifth.addingTimeInterval(30))))
        #expect(hall2.lookUp(record.receipt, idLast4: owner.idLast4, at: fifth.addingTimeInterval(10))
            == .refused(.receiptCoolingDown(until: fifth.addingTimeInterval(30))))
        // The right digits after the pause: found, and only this number's count is cleared.
        let other = try CaseStoreTests.demo()[1].record
        _ = hall2.lookUp(other.receipt, idLast4: "0000", at: fifth)
        #expect(hall2.lookUp(record.receipt, idLast4: owner.idLast4, at: fifth.addingTimeInterval(31)) == .found(record))
        #expect(try store.verdict(receipt: record.receipt, kiosk: "x", policy: policy, at: fifth) == .allowed)
        let kept = try SQLiteCaseStore(path: path, key: CaseStoreTests.key)
        for _ in 0 ..< 3 { _ = try kept.recordFailure(receipt: other.receipt, kiosk: "hall-3", policy: policy, at: fifth) }
        #expect(try kept.recordFailure(receipt: other.receipt, kiosk: "hall-3", policy: policy, at: fifth)
            == .receiptCoolingDown(until: fifth.addingTimeInterval(30)), "the other number kept its count")
    }

    /// Every failure removes the counts that have run out; with thousands of counts kept (a day of guesses on
    /// many numbers) reading all of them made each failure slow, so the removal must find them by index.
    @Test func removingRunOutCountsReadsOnlyThem() throws {
        let store = try SQLiteCaseStore(path: temporaryDatabase(), key: CaseStoreTests.key)
        let plan = try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SQLiteCaseStore.expiry, arguments: [0.0, 0.0])
                .map { $0["detail"] as String? ?? "" }
        }
        #expect(plan.contains { $0.contains("USING INDEX receipt_guesses_locks") }, "\(plan)")
        #expect(plan.contains { $0.contains("USING INDEX receipt_guesses_windows") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
    }

    @Test func locksAreListedAndStaffUnlockThem() throws {
        let store = try SQLiteCaseStore(path: temporaryDatabase(), key: CaseStoreTests.key)
        // A case's number is listed; a number with no case, kept only as a hash, is locked all the same.
        let record = try CaseStoreTests.demo()[0].record
        try store.save([record])
        let receipt = record.receipt
        let nobodys = ReceiptNumber(parsing: "000.00.13.H08-261126-0042")!
        var verdict = GuessVerdict.allowed
        for minute in 0 ..< 20 {
            verdict = try store.recordFailure(receipt: receipt, kiosk: "kiosk-\(minute)", policy: policy,
                                              at: start.addingTimeInterval(Double(minute) * 60))
            _ = try store.recordFailure(receipt: nobodys, kiosk: "kiosk-\(minute)", policy: policy,
                                        at: start.addingTimeInterval(Double(minute) * 60))
        }
        let until = start.addingTimeInterval(19 * 60 + 24 * 3600)
        #expect(verdict == .receiptLocked(until: until))
        #expect(try store.verdict(receipt: nobodys, kiosk: "x", policy: policy, at: start.addingTimeInterval(3600))
            == .receiptLocked(until: until))
        #expect(try store.unlock(receipt: nobodys), "unlocked by its number, though not listed")
        #expect(try store.locks(at: start.addingTimeInterval(3600)).map(\.receipt) == [receipt])
        #expect(try store.unlock(receipt: receipt))
        #expect(try !store.unlock(receipt: receipt))
        #expect(try store.locks(at: start.addingTimeInterval(3600)).isEmpty)
        #expect(try store.verdict(receipt: receipt, kiosk: "other", policy: policy, at: start.addingTimeInterval(3600))
            == .allowed)
    }

    @Test func aKioskBucketIsItsOwn() throws {
        let store = try SQLiteCaseStore(path: temporaryDatabase(), key: CaseStoreTests.key)
        for sequence in 1 ... 10 {
            _ = try store.recordFailure(receipt: ReceiptNumber(agency: "000.00.13.H08", day: "261126", sequence: sequence)!,
                                        kiosk: "hall-1", policy: policy, at: start)
        }
        let fresh = ReceiptNumber(agency: "000.00.13.H08", day: "261126", sequence: 500)!
        #expect(try store.verdict(receipt: fresh, kiosk: "hall-1", policy: policy, at: start)
            == .kioskCoolingDown(until: start.addingTimeInterval(120)))
        #expect(try store.verdict(receipt: fresh, kiosk: "hall-2", policy: policy, at: start) == .allowed)
        #expect(try store.verdict(receipt: fresh, kiosk: "hall-1", policy: policy, at: start.addingTimeInterval(120))
            == .allowed)
    }
}
