import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import Logging
import ProcedureCatalog
import Testing
import TestSupport

/// A hall of kiosks on a real PostgreSQL server (a throw-away cluster), with real faults.
@Suite(.serialized) struct HallStoreTests {
    let policy = GuessPolicy(baseCooldown: 30)

    @Test func aKioskLooksUpAndRatesThroughTheServer() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        let office = try hall.office()
        try office.save([hall.incoming(1)])
        let kiosk = try hall.kiosk("kiosk_a")
        let lookup = CaseLookup(store: kiosk, secondFactor: hall.key, kiosk: "kiosk_a", policy: policy)
        let receipt = hall.incoming(1).receipt
        guard case .found(let record) = lookup.lookUp(receipt, idLast4: "1234") else {
            Issue.record("the case was not found through the server")
            return
        }
        #expect(record.status == .processing)
        #expect(record.asOf == nil, "read live, not from the copy")
        #expect(record.maskedName != "Nguyễn Văn An", "only the masked name reaches the server")

        let rating = Rating(kind: .quick, kiosk: "kiosk_a", answers: [.overall: 2], time: Date())
        try kiosk.save(rating)
        #expect(try kiosk.outbox.count() == 0, "sent at once while the server answers")
        #expect(try office.ratings(from: Date().addingTimeInterval(-60), to: Date().addingTimeInterval(60))
            .map(\.id) == [rating.id])
    }

    @Test func kiosksMayNotChangeCases() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        try hall.office().save([hall.incoming(1)])
        let kioskRole = try hall.server(user: "kiosk_a", password: "kiosk_a-pass")
        #expect(throws: HallError.self) { try kioskRole.setStatus(hall.incoming(1).receipt, .resultReady) }
        #expect(throws: HallError.self) { try kioskRole.save([hall.incoming(2)]) }
    }

    @Test func aLockHoldsInTheWholeHall() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        try hall.addKiosk("kiosk_b")
        try hall.office().save([hall.incoming(1)])
        let receipt = hall.incoming(1).receipt
        let a = CaseLookup(store: try hall.kiosk("kiosk_a"), secondFactor: hall.key, kiosk: "kiosk_a", policy: policy)
        let b = CaseLookup(store: try hall.kiosk("kiosk_b"), secondFactor: hall.key, kiosk: "kiosk_b", policy: policy)
        var now = Date()
        // Wrong digits, alternating kiosks, each after the last cool-down: 20 failures lock the number.
        for attempt in 0..<20 {
            let outcome = (attempt % 2 == 0 ? a : b).lookUp(receipt, idLast4: "9999", at: now)
            guard case .notFound(let then) = outcome else {
                Issue.record("attempt \(attempt): \(outcome)")
                return
            }
            if case .receiptCoolingDown(let until) = then { now = until.addingTimeInterval(1) }
        }
        #expect(try hall.office().locks(at: now).map(\.receipt) == [receipt])
        guard case .refused(.receiptLocked) = a.lookUp(receipt, idLast4: "1234", at: now) else {
            Issue.record("the right digits passed a hall-wide lock")
            return
        }
        try hall.office().unlock(guessKey: hall.key.guessKey(receipt))
        guard case .found = b.lookUp(receipt, idLast4: "1234", at: now) else {
            Issue.record("still refused after staff unlocked the number")
            return
        }
    }

    @Test func theServerStoppedAndRestartedLosesNothing() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        let office = try hall.office()
        try office.save([hall.incoming(1), hall.incoming(2)])
        let store = try hall.kiosk("kiosk_a")
        let sync = HallSync(store: store, logger: Logger(label: "test")) {
            KioskContact(kiosk: "kiosk_a", lastContact: Date(), catalog: CatalogVersion(digest: "c1", date: nil), programVersion: "p1", outboxLength: 0)
        }
        try sync.syncOnce()
        #expect(try store.copy.count().all == 2, "the copy holds the hall's cases")
        let lookup = CaseLookup(store: store, secondFactor: hall.key, kiosk: "kiosk_a", policy: policy)
        let receipt = hall.incoming(1).receipt

        try hall.cluster.stop()
        guard case .found(let record) = lookup.lookUp(receipt, idLast4: "1234") else {
            Issue.record("no answer from the copy while the server is away")
            return
        }
        #expect(record.asOf != nil, "marked as read from the copy")
        let ratings = (0..<3).map { _ in Rating(kind: .quick, kiosk: "kiosk_a", answers: [.overall: 2], time: Date()) }
        for rating in ratings { try store.save(rating) }
        guard case .notFound = lookup.lookUp(hall.incoming(2).receipt, idLast4: "0000") else {
            Issue.record("a failure while away was not counted")
            return
        }
        #expect(try store.outbox.count() == 4, "three ratings and a failure wait")

        try hall.cluster.start()
        #expect(try eventually { (try? sync.syncOnce()) != nil })
        #expect(try store.outbox.count() == 0)
        let kept = try office.ratings(from: Date().addingTimeInterval(-60), to: Date().addingTimeInterval(60))
        #expect(Set(kept.map(\.id)) == Set(ratings.map(\.id)))
        #expect(kept.count == 3, "each rating exactly once")
        let away = hall.incoming(2).receipt
        let (guesses, _, _) = try office.lookUp(away, guessKey: hall.key.guessKey(away))
        #expect(guesses.failures == 1, "the failure counted while away reached the hall's count")
    }

    /// The sync thread as a kiosk runs it, through an outage longer than the pool's first back-offs: the
    /// outbox drains once the server is back (the pool renewed), and the link's change is logged once each way
    /// though citizens' look-ups and the sync both met it.
    @Test func afterAnOutageTheSyncComesBackAndLogsEachChangeOnce() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        try hall.office().save([hall.incoming(1), hall.incoming(2)])
        let lines = LogCapture()
        let folder = TestScratch.root + "hall-outage-\(UUID().uuidString.prefix(6))"
        let store = HallCaseStore(
            server: try hall.server(user: "kiosk_a", password: "kiosk_a-pass"),
            copy: try SQLiteCaseStore(path: "\(folder)/copy.sqlite", key: hall.key),
            outbox: try HallOutbox(path: "\(folder)/outbox.sqlite"), link: HallLink(), kiosk: "kiosk_a",
            logger: lines.logger)
        let sync = HallSync(store: store, logger: lines.logger) {
            KioskContact(kiosk: "kiosk_a", lastContact: Date(), catalog: CatalogVersion(digest: "c1", date: nil), programVersion: "p1", outboxLength: 0)
        }
        sync.start()
        defer { sync.stop() }
        #expect(try eventually { store.link.isUp && store.link.copiedAt != nil })
        let lookup = CaseLookup(store: store, secondFactor: hall.key, kiosk: "kiosk_a", policy: policy)
        try hall.cluster.stop()
        for _ in 0 ..< 3 {
            _ = lookup.lookUp(hall.incoming(1).receipt, idLast4: "1234")
            try store.save(Rating(kind: .quick, kiosk: "kiosk_a", answers: [.overall: 2], time: Date()))
        }
        #expect(try eventually { !store.link.isUp })
        // The sync tries a few times while the server is away (past the pool's first back-offs).
        let before = sync.roundsWhileAway
        #expect(try eventually { sync.roundsWhileAway >= before + 3 })
        try hall.cluster.start()
        #expect(try eventually { store.link.isUp && (try? store.outbox.count()) == 0 })
        #expect(try hall.office().ratings(from: .distantPast, to: .distantFuture).count == 3, "each rating once")
        #expect(lines.count(containing: "hall server away") == 1, "\(lines.messages)")
        #expect(lines.count(containing: "hall server reached again") == 1, "\(lines.messages)")
    }

    @Test func aReplayAfterALostAcknowledgementWritesNothingTwice() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        let kiosk = try hall.server(user: "kiosk_a", password: "kiosk_a-pass")
        let receipt = hall.incoming(7).receipt
        let key = hall.key.guessKey(receipt)
        let rating = Rating(kind: .quick, kiosk: "kiosk_a", answers: [.overall: 0], time: Date())
        let events = [HallEvent(kind: .rating(rating)),
                      HallEvent(kind: .failed(key: key, number: nil, time: Date(), cooldown: 30))]
        _ = try kiosk.apply(events, kiosk: "kiosk_a")
        let again = try kiosk.apply(events, kiosk: "kiosk_a")
        #expect(again[key]?.failures == 1)
        #expect(try hall.office().ratings(from: .distantPast, to: .distantFuture).count == 1)
    }

    @Test func aServerThatNeverAnswersMissesItsDeadline() throws {
        let silent = try SilentServer()
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        let store = try hall.kiosk("kiosk_a", deadline: 0.5, port: silent.port, copiedAt: Date())
        try store.copy.save([hall.incoming(1)])
        let receipt = hall.incoming(1).receipt
        #expect(throws: HallError.deadline(0.5)) { try store.server.lookUp(receipt, guessKey: hall.key.guessKey(receipt)) }
        let lookup = CaseLookup(store: store, secondFactor: hall.key, kiosk: "kiosk_a", policy: policy)
        guard case .found(let record) = lookup.lookUp(hall.incoming(1).receipt, idLast4: "1234") else {
            Issue.record("the copy did not answer after the deadline")
            return
        }
        #expect(record.asOf != nil)
    }

    @Test func aKioskThatNeverReachedTheServerSaysUnavailableNotUnknown() throws {
        let silent = try SilentServer()
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        let store = try hall.kiosk("kiosk_a", deadline: 0.3, port: silent.port)
        let lookup = CaseLookup(store: store, secondFactor: hall.key, kiosk: "kiosk_a", policy: policy)
        #expect(lookup.lookUp(hall.incoming(1).receipt, idLast4: "1234") == .unavailable)
        #expect(try store.copy.guesses(receipt: hall.incoming(1).receipt, kiosk: "kiosk_a").0.failures == 0,
                "nothing counted against the citizen")
    }

    @Test func aWrongPasswordAndAnOldSchemaAreSaidPlainly() throws {
        let hall = try TestHall(migrateTo: 1)
        try hall.addKiosk("kiosk_a")
        let wrong = try hall.server(user: "kiosk_a", password: "not-it", deadline: 5)
        do {
            _ = try wrong.probe(within: 5)
            Issue.record("a wrong password was let in")
        } catch {
            guard case .refusedLogin = error else { throw error }
        }
        let old = try hall.server(user: "kiosk_a", password: "kiosk_a-pass")
        #expect(throws: HallError.schema(found: 1, needed: HallSchema.version)) { try old.checkSchema() }
        #expect(try old.probe() == HallProbe(tls: false, schemaVersion: 1))
    }

    @Test func aStatusChangedByTheBackOfficeReachesTheCopy() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        let office = try hall.office()
        try office.save([hall.incoming(1)])
        let store = try hall.kiosk("kiosk_a")
        let sync = HallSync(store: store, logger: Logger(label: "test")) {
            KioskContact(kiosk: "kiosk_a", lastContact: Date(), catalog: CatalogVersion(digest: "c1", date: nil), programVersion: "p1", outboxLength: 0)
        }
        sync.start()
        defer { sync.stop() }
        let receipt = hall.incoming(1).receipt
        #expect(try eventually { try store.copy.find(receipt)?.status == .processing })
        #expect(try office.setStatus(receipt, .resultReady))
        // The NOTIFY wakes the sync at once: well within the loop's own 5 s.
        #expect(try eventually(4.5) { try store.copy.find(receipt)?.status == .resultReady })
        #expect(try eventually { try office.fleet().kiosks.map(\.kiosk) == ["kiosk_a"] })
    }
}

extension HallStoreTests {
    /// Two back-office imports at once: the one that wrote first commits last. Its change must still reach the
    /// copy at the next pull, not wait for some later change.
    @Test func aChangeCommittedOutOfOrderStillReachesTheCopy() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        let office = try hall.office()
        try office.save([hall.incoming(1), hall.incoming(2)])
        let store = try hall.kiosk("kiosk_a")
        let sync = HallSync(store: store, logger: Logger(label: "test")) {
            KioskContact(kiosk: "kiosk_a", lastContact: Date(), catalog: CatalogVersion(digest: "c1", date: nil), programVersion: "p1", outboxLength: 0)
        }
        try sync.syncOnce()
        let first = hall.incoming(1).receipt, second = hall.incoming(2).receipt
        #expect(try store.copy.find(first)?.appointment == LocalDay("2026-12-10"))

        let slow = try OfficeSession(hall), quick = try OfficeSession(hall)
        try slow.run("BEGIN")
        try slow.run("UPDATE cases SET appointment = '2026-12-24' WHERE receipt = '\(first)'")
        try quick.run("BEGIN")
        try quick.run("UPDATE cases SET appointment = '2026-12-31' WHERE receipt = '\(second)'")
        try quick.run("COMMIT")
        try sync.syncOnce()
        #expect(try store.copy.find(second)?.appointment == LocalDay("2026-12-31"), "the quick import is copied")
        #expect(try store.copy.find(first)?.appointment == LocalDay("2026-12-10"), "the slow one is not committed yet")

        try slow.run("COMMIT")
        try sync.syncOnce()
        #expect(try store.copy.find(first)?.appointment == LocalDay("2026-12-24"),
                "the import that wrote first and committed last reaches the copy at the next pull")
        try sync.syncOnce()
        #expect(try store.copy.find(first)?.appointment == LocalDay("2026-12-24"))
    }

    /// An older kiosk's outbox holds failures with the number itself: they go to the server hashed, and the
    /// server never stores a number typed wrong.
    @Test func anOlderOutboxIsSentHashed() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        let store = try hall.kiosk("kiosk_a")
        let typo = ReceiptNumber(parsing: "000.00.12.H08-241127-0042")!
        let now = Date()
        let old = [HallEvent(kind: .failure(receipt: typo.description, time: now, cooldown: 30)),
                   HallEvent(kind: .failure(receipt: typo.description, time: now, cooldown: 30))]
        #expect(old[0].hashed(hall.key.guessKey) == HallEvent(id: old[0].id, kind: .failed(
            key: hall.key.guessKey(typo), number: nil, time: now, cooldown: 30)))
        for event in old { try store.outbox.keep(event) }
        let counts = try store.send()
        #expect(counts[hall.key.guessKey(typo)]?.failures == 2)
        #expect(counts[typo.description] == nil)
        #expect(try hall.cluster.psql("SELECT count(*) FROM receipt_guesses WHERE receipt_key = '\(typo.description)' "
                                      + "OR receipt = '\(typo.description)'") == "0")
    }
}
