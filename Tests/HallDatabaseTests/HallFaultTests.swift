import CaseTracking
import Foundation
import HallDatabase
import Logging
import ProcedureCatalog
import Testing
import TestSupport

/// The faults a hall's server meets, on a real throw-away server with a kiosk's sync running as in the kiosk:
/// frozen (SIGSTOP: connections open, nothing answers), killed (SIGKILL, then crash recovery), stopped. In each,
/// look-ups answer from the copy, every rating and count given meanwhile reaches the server exactly once after,
/// the link's change is logged once each way, and the fleet hears what happened.
@Suite(.serialized) struct HallFaultTests {
    let policy = GuessPolicy(baseCooldown: 30)

    /// A kiosk of the hall with its sync thread, a log that can be read back, and a catalog version of its own.
    final class RunningKiosk {
        let store: HallCaseStore
        let sync: HallSync
        let lines = LogCapture()

        init(_ hall: TestHall, _ name: String, catalog: CatalogVersion) throws {
            let folder = TestScratch.root + "hall-fault-\(name)-\(UUID().uuidString.prefix(6))"
            store = HallCaseStore(
                server: try hall.server(user: name, password: "\(name)-pass"),
                copy: try SQLiteCaseStore(path: "\(folder)/copy.sqlite", key: hall.key),
                outbox: try HallOutbox(path: "\(folder)/outbox.sqlite"), link: HallLink(), kiosk: name,
                logger: lines.logger)
            sync = HallSync(store: store, logger: lines.logger) {
                KioskContact(kiosk: name, lastContact: Date(), catalog: catalog, programVersion: "test",
                             outboxLength: 0)
            }
            sync.start()
        }

        deinit { sync.stop() }
    }

    /// What a kiosk does while the server is in trouble: two look-ups answered from the copy (one right, one
    /// wrong), three quick ratings.
    private func useWhileAway(_ kiosk: RunningKiosk, _ hall: TestHall) throws -> [Rating] {
        let lookup = CaseLookup(store: kiosk.store, secondFactor: hall.key, kiosk: kiosk.store.kiosk, policy: policy)
        guard case .found(let record) = lookup.lookUp(hall.incoming(1).receipt, idLast4: "1234") else {
            Issue.record("no answer from the copy while the server is away")
            return []
        }
        #expect(record.asOf != nil, "marked as read from the copy")
        guard case .notFound = lookup.lookUp(hall.incoming(2).receipt, idLast4: "0000") else {
            Issue.record("a wrong look-up while away was not answered as such")
            return []
        }
        let ratings = (0 ..< 3).map { _ in Rating(kind: .quick, kiosk: kiosk.store.kiosk, answers: [.overall: 2], time: Date()) }
        for rating in ratings { try kiosk.store.save(rating) }
        #expect(try kiosk.store.outbox.count() >= 4, "three ratings and a failure wait at least")
        return ratings
    }

    /// After the fault: every rating once, the failure counted once, the outbox empty, the link's change
    /// logged once each way, and the outage reported to the fleet.
    private func expectRecovered(_ kiosk: RunningKiosk, _ hall: TestHall, ratings: [Rating]) throws {
        #expect(try eventually(60) { kiosk.store.link.isUp && (try? kiosk.store.outbox.count()) == 0 })
        let office = try hall.office()
        let kept = try office.ratings(from: .distantPast, to: .distantFuture)
        #expect(kept.count == 3 && Set(kept.map(\.id)) == Set(ratings.map(\.id)), "each rating exactly once: \(kept.count)")
        let wrong = hall.incoming(2).receipt
        #expect(try office.lookUp(wrong, guessKey: hall.key.guessKey(wrong)).0.failures == 1, "the failure counted once")
        #expect(kiosk.lines.count(containing: "hall server away") == 1, "\(kiosk.lines.messages)")
        #expect(kiosk.lines.count(containing: "hall server reached again") == 1, "\(kiosk.lines.messages)")
        // Reported at once on its return, with why it lost the server and since when.
        #expect(try eventually {
            try office.fleet().kiosks.first { $0.kiosk == kiosk.store.kiosk }?.problemAt != nil
        })
        let record = try #require(kiosk.store.outbox.linkRecord())
        #expect(record.awaySince == nil && record.problem != nil, "the kiosk's own record: back, and why it was away")
    }

    private func hallWithCases() throws -> (TestHall, RunningKiosk) {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        try hall.office().save([hall.incoming(1), hall.incoming(2)])
        let kiosk = try RunningKiosk(hall, "kiosk_a", catalog: CatalogVersion(digest: "aaaaaaaaaaaa", date: nil))
        #expect(try eventually { kiosk.store.link.isUp && kiosk.store.link.copiedAt != nil })
        return (hall, kiosk)
    }

    @Test func aFrozenServerIsAnsweredFromTheCopyAndLosesNothing() throws {
        let (hall, kiosk) = try hallWithCases()
        hall.cluster.freeze()
        var thawed = false
        defer { if !thawed { hall.cluster.thaw() } }
        let ratings = try useWhileAway(kiosk, hall)
        #expect(!kiosk.store.link.isUp, "a server that never answers is known away after one deadline")
        #expect(kiosk.store.outbox.linkRecord()?.awaySince != nil, "the kiosk's own record says since when")
        hall.cluster.thaw()
        thawed = true
        try expectRecovered(kiosk, hall, ratings: ratings)
    }

    @Test func aKilledServerRestartedLosesNothing() throws {
        let (hall, kiosk) = try hallWithCases()
        try hall.cluster.killAll()
        let ratings = try useWhileAway(kiosk, hall)
        try hall.cluster.start()
        try expectRecovered(kiosk, hall, ratings: ratings)
    }

    /// Two kiosks on different catalogs; one goes silent. The fleet tells them apart, and tells which is away
    /// by the server's clock.
    @Test func theFleetShowsCatalogsAndWhoIsAway() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        try hall.addKiosk("kiosk_b")
        let older = CatalogVersion(digest: "0123456789ab", date: Date(timeIntervalSince1970: 1_790_000_000))
        let newer = CatalogVersion(digest: "ba9876543210", date: Date(timeIntervalSince1970: 1_790_086_400))
        let a = try RunningKiosk(hall, "kiosk_a", catalog: older)
        let b = try RunningKiosk(hall, "kiosk_b", catalog: newer)
        let office = try hall.office()
        #expect(try eventually { try office.fleet().kiosks.count == 2 })
        // The fleet as the server listed it is kept on the kiosk, for `fleet status` with the server away: the
        // kiosk that reported second holds both.
        #expect(try eventually { [a, b].contains { $0.store.outbox.lastFleet()?.kiosks.count == 2 } })
        b.sync.stop()
        // kiosk_b last heard two minutes ago: past three missed reports.
        try hall.cluster.psql("UPDATE kiosks SET last_contact = now() - interval '2 minutes' WHERE kiosk_id = 'kiosk_b'")
        let fleet = try office.fleet()
        #expect(fleet.kiosks.map(\.kiosk) == ["kiosk_a", "kiosk_b"])
        #expect(fleet.kiosks.map(\.catalog) == [older, newer], "each kiosk's own catalog, with its date")
        #expect(fleet.kiosks.map { $0.isAway(at: fleet.serverTime) } == [false, true])
        #expect(fleet.kiosks.allSatisfy { $0.problem == nil }, "no outage, no problem")
    }
}
