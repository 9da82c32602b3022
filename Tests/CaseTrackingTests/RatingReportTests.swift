import Foundation
import ProcedureCatalog
import TestSupport
import Testing
@testable import CaseTracking

/// The report's figures on a small set computed by hand, and ratings kept exactly in a real database.
@Suite struct RatingReportTests {
    static let catalog = Catalog(publisher: LocalizedText(vi: "", en: ""), levels: [], fields: [], agencies: [],
                                 procedures: [])
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    var end: Date { start.addingTimeInterval(30 * 86400) }

    func rating(_ agency: String, _ overall: Satisfaction, day: Double, attitude: Int = 2, complaints: [Complaint] = [])
        -> Rating {
        Rating(kind: .caseForm, agency: agency, kiosk: "k1", answers: [.overall: overall.rawValue, .attitude: attitude],
               complaints: complaints, time: start.addingTimeInterval(day * 86400))
    }

    func report(_ ratings: [Rating], previous: [Rating] = [], minimum: Int = 3) -> RatingReport {
        RatingReport(ratings: ratings, previous: previous, grouping: .agency, start: start, end: end, goal: 95,
                     minimum: minimum, catalog: Self.catalog, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!,
                     language: .en)
    }

    /// A: 4 ratings, 2 satisfied (50%); B: 10 ratings, 9 satisfied (90%), 8 of 10 the month before (80%).
    var set: (now: [Rating], before: [Rating]) {
        let a = [rating("A", .veryPleased, day: 1), rating("A", .pleased, day: 2, attitude: 1),
                 rating("A", .displeased, day: 3, attitude: 0, complaints: [.longWait, .fee]),
                 rating("A", .displeased, day: 4, attitude: 0, complaints: [.fee])]
        let b = (0 ..< 10).map { rating("B", $0 == 0 ? .displeased : .pleased, day: Double($0)) }
        let before = (0 ..< 10).map { rating("B", $0 < 2 ? .displeased : .veryPleased, day: Double($0) - 30) }
        return (a + b, before)
    }

    @Test func sharesMeansChangesAndOrderByHand() throws {
        let report = report(set.now, previous: set.before)
        #expect(report.total == 14)
        #expect(abs((report.satisfied ?? 0) - 11.0 / 14 * 100) < 1e-9)
        #expect(report.groups.map(\.key) == ["A", "B"], "lowest satisfaction first")
        let a = report.groups[0], b = report.groups[1]
        #expect(a.satisfied == 50 && a.count == 4 && a.previous == nil && a.change == nil)
        #expect(a.means[.attitude] == 0.75 && a.means[.overall] == 0.75)
        #expect(a.topComplaint == .fee)
        #expect(b.satisfied == 90 && b.previous == 80 && b.change == 10)
        #expect(b.means[.overall] == 0.9 && b.topComplaint == nil)
    }

    @Test func groupsWithTooFewRatingsAreSetApart() {
        let report = report(set.now, minimum: 5)
        #expect(report.groups.map { "\($0.key):\($0.tooFew)" } == ["B:false", "A:true"])
    }

    @Test func ratingsAreKeptExactlyAndOnlyOnce() throws {
        let store = try SQLiteCaseStore(path: TestScratch.root + "ratings-\(UUID().uuidString)/cases.sqlite",
                                        key: SecondFactorKey(bytes: [UInt8](repeating: 3, count: SecondFactorKey.byteCount)))
        let one = rating("A", .displeased, day: 1, attitude: 0, complaints: [.unclearDocuments])
        #expect(try store.save(one))
        #expect(try !store.save(one), "the same id again is a no-op")
        let kept = try store.ratings(from: start, to: end)
        #expect(kept == [one])
        let demo = DemoRatings.make(catalog: Self.catalog, kiosk: "k1", until: end)
        #expect(demo.isEmpty, "no procedures, no demo ratings")
        #expect(try store.clearDemoRatings() == 0 && store.ratings(from: start, to: end).count == 1)
    }
}
