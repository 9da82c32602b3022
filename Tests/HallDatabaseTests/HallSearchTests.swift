import CaseTracking
import Foundation
import HallDatabase
import Testing
import TestSupport

/// Searches in a hall: each kiosk's reach the server once (through the outbox, also after an outage), the office
/// reads the whole hall's and forgets the old; a kiosk may not forget them.
@Suite(.serialized) struct HallSearchTests {
    @Test func everyKiosksSearchesReachTheServerOnce() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        try hall.addKiosk("kiosk_b")
        let a = try hall.kiosk("kiosk_a"), b = try hall.kiosk("kiosk_b")
        let now = Date()
        let first = SearchRecord(kiosk: "kiosk_a", time: now, query: "hoanthue", results: 0)
        try a.save(first)
        try b.save(SearchRecord(kiosk: "kiosk_b", time: now, query: "hoan thue thu nhap ca nhan", results: 3,
                                opened: "2.002233", rank: 2, previous: "hoanthue"))
        // While the server is away: kept in the copy and the outbox, sent once it is back.
        try hall.cluster.stop()
        let away = SearchRecord(kiosk: "kiosk_a", time: now, query: "zalo", results: 0)
        try a.save(away)
        #expect(try a.outbox.count() >= 1)
        try hall.cluster.start()
        #expect(try eventually { (try? a.send()) != nil })
        _ = try a.send()
        let office = try hall.office()
        let kept = try office.searches(from: now.addingTimeInterval(-7200), to: now.addingTimeInterval(7200))
        #expect(kept.map(\.query).sorted() == ["hoan thue thu nhap ca nhan", "hoanthue", "zalo"])
        #expect(Set(kept.map(\.kiosk)) == ["kiosk_a", "kiosk_b"])
        // Sent again (a lost acknowledgement): still once.
        try a.save(first)
        _ = try a.send()
        #expect(try office.searches(from: now.addingTimeInterval(-7200), to: now.addingTimeInterval(7200)).count == 3)
        // The office forgets; a kiosk may not.
        let kioskRole = try hall.server(user: "kiosk_a", password: "kiosk_a-pass")
        #expect(throws: HallError.self) { try kioskRole.forgetSearches(before: now.addingTimeInterval(7200)) }
        #expect(try office.forgetSearches(before: now.addingTimeInterval(7200)) == 3)
    }
}
