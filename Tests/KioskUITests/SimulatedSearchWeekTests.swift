import CaseTracking
import Foundation
import KioskOperations
import KioskRuntime
import Logging
import ProcedureCatalog
import TestSupport
import Testing
@testable import KioskUI

/// A week of citizens at the kiosk, each a visit ended by the idle reset: everyday words, misspellings, words
/// the catalog lacks ("ekyc", "zalo", "hoanthue"), a citizen who searches again and opens what they meant, and
/// some who type their ID or phone into the box. Their searches go through the real path (the screen's update,
/// the runner's recorder, the case file); the report ranks what it should, and nothing personal is kept.
@Suite struct SimulatedSearchWeekTests {
    enum Step {
        case type(String)
        /// Opens the result with this code (it must be listed).
        case open(String)
        case clear
    }

    /// The visits of one day: each a few steps, how many times a day.
    static let visits: [(steps: [Step], perDay: Int)] = [
        // Wants to activate the VNeID app: the catalog's words are "tài khoản định danh điện tử".
        ([.type("kich hoat vneid"), .clear, .type("tai khoan dinh danh"), .open("3.000228")], 5),
        // A personal income tax refund, typed as one word first.
        ([.type("hoanthue"), .clear, .type("hoan thue thu nhap ca nhan"), .open("2.002233")], 3),
        ([.type("zalo")], 2),
        ([.type("ekyc")], 1),
        // Everyday searches that work, misspelled or not, in both languages.
        ([.type("dang ki khai sinh"), .open("1.001193.000.00.00.H08")], 4),
        ([.type("ho chieu")], 2),
        ([.type("birth certificate"), .open("1.001193.000.00.00.H08")], 1),
        // Numbers typed into the box: an ID with the card's name, a phone, a phone before the words.
        ([.type("cccd 079204001234")], 1),
        ([.type("0901 234 567")], 1),
        ([.type("ho chieu 0912345678")], 1),
    ]

    struct Recorded {
        var store: SQLiteCaseStore
        var searches: [SearchRecord]
    }

    static func week() throws -> Recorded {
        let store = try SQLiteCaseStore(path: TestScratch.root + "search-week-\(UUID().uuidString).sqlite",
                                        key: SecondFactorKey(bytes: [UInt8](repeating: 9, count: 32)))
        let recorder = SearchRecorder(log: store, kiosk: "kiosk-1", keepDays: 90, logger: Logger(label: "test"))
        var session = Session()
        let start = session.state.now
        for day in 0 ..< 7 {
            var minute = 0
            for (steps, perDay) in visits {
                for _ in 0 ..< perDay {
                    minute += 17
                    session.send(.tick(start.addingTimeInterval(Double(day * 86_400 + 8 * 3600 + minute * 60))))
                    let seen = session.effects.count
                    for step in steps {
                        switch step {
                        case .type(let text): session.type(text)
                        case .clear: session.press(.delete)
                        case .open(let code):
                            let results = session.state.searchScreen?.results.map { session.app.catalog.procedures[$0.procedure].code.description } ?? []
                            guard let row = results.firstIndex(of: code) else { throw TestFailure("\(code) not listed for \(session.state.searchScreen?.query ?? "")") }
                            for _ in 0 ..< row { session.press(.down) }
                            session.press(.enter)
                        }
                    }
                    // The visit ends as visits do at a kiosk: the citizen walks away.
                    session.advance(Double(Shipped.config.idleTimeoutSeconds) + 11)
                    for case .logSearch(let ended) in session.effects[seen...] { recorder.record(ended, at: session.state.now) }
                }
            }
        }
        return Recorded(store: store, searches: try store.searches(from: start, to: start.addingTimeInterval(8 * 86_400)))
    }

    struct TestFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func theReportRanksWhatFailedMostFirst() throws {
        let week = try Self.week()
        let app = Session().app
        let report = SearchReport(week.searches, catalog: app.catalog, index: app.index, from: LocalDay("2026-11-27")!,
                                  to: LocalDay("2026-12-03")!, timeZone: Shipped.timeZone)
        #expect(report.totals.searches == 7 * 28, "every search but the bare phone number, each once: \(Dictionary(grouping: week.searches, by: \.query).mapValues(\.count))")
        #expect(report.foundNothing.map(\.query) == ["hoanthue", "zalo", "ekyc"])
        #expect(report.foundNothing.map(\.count) == [21, 14, 7])
        #expect(report.notOpened.first?.query == "kich hoat vneid" && report.notOpened.first?.count == 35)
        // Searched again, then opened: the synonyms to consider. "kich hoat vneid" → 3.000228 is one no more:
        // search.yaml's VNeID group already places it in the first three, so only "hoanthue" is suggested.
        #expect(report.suggestions.map { "\($0.query) → \($0.code)" } == ["hoanthue → 2.002233"])
        #expect(report.suggestions.map(\.count) == [21] && report.suggestions.first?.rankNow == nil)
        #expect(app.index.search("kich hoat vneid", limit: 3).contains { app.catalog.procedures[$0.procedure].code.description == "3.000228" })
        // By week: the queries that never led anywhere first.
        let first = try #require(report.weeks.first)
        #expect(first.queries.prefix(3).allSatisfy { $0.success == 0 })
        #expect(report.weeks.reduce(0) { $0 + $1.totals.searches } == 7 * 28)
    }

    @Test func nothingPersonalIsKept() throws {
        let week = try Self.week()
        #expect(week.searches.contains { $0.query == "cccd" } && week.searches.contains { $0.query == "ho chieu" })
        let bytes = try Data(contentsOf: URL(fileURLWithPath: week.store.path))
            + ((try? Data(contentsOf: URL(fileURLWithPath: week.store.path + "-wal"))) ?? Data())
        for number in ["079204001234", "0901 234", "234 567", "0912345678"] {
            #expect(bytes.range(of: Data(number.utf8)) == nil, "\(number) reached the file")
        }
        // To the hour, and no visit to follow from one citizen to the next.
        #expect(week.searches.allSatisfy { $0.time.timeIntervalSince1970.truncatingRemainder(dividingBy: 3600) == 0 })
        #expect(week.searches.filter { $0.previous != nil }.allSatisfy { ["kich hoat vneid", "hoanthue"].contains($0.previous) })
    }
}
