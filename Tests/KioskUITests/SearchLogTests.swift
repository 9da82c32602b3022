import CaseTracking
import Foundation
import ProcedureCatalog
import Testing
@testable import KioskUI

/// What the search log is told when a citizen ends a search: once per search, as typed when they stopped (no
/// personal number), whether they opened a result and where it was, and what they searched just before — and
/// nothing of one visit in the next.
@Suite struct SearchLogTests {
    func logged(_ session: Session) -> [SearchEnded] {
        session.effects.compactMap { if case .logSearch(let ended) = $0 { ended } else { nil } }
    }

    @Test func aSearchIsLoggedOnceWhenItEnds() throws {
        var session = Session()
        session.type("xyzzy")
        #expect(logged(session).isEmpty, "not while typing")
        session.press(.escape)
        session.type("khai sinh")
        session.press(.enter)
        #expect(session.state.screen == .procedure(0) || session.state.screen != .search)
        let opened = try #require(logged(session).last)
        #expect(logged(session).map(\.query) == ["xyzzy", "khai sinh"])
        #expect(logged(session).first?.results == 0 && logged(session).first?.opened == nil)
        #expect(opened.opened == "1.001193.000.00.00.H08" && opened.rank == 1 && opened.results > 0)
        #expect(opened.previous == "xyzzy", "what was searched just before, in the same visit")
        // Back to the same results, another one opened, then home: the same search, nothing more.
        session.press(.escape)
        session.press(.down, .enter)
        session.press(.function(1))
        #expect(logged(session).count == 2)
    }

    @Test func emptyingTheBoxEndsASearch() {
        var session = Session()
        session.type("ho chieu")
        session.press(.delete)
        session.type("passport")
        session.press(.function(1))
        #expect(logged(session).map(\.query) == ["ho chieu", "passport"])
        #expect(logged(session).last?.previous == "ho chieu")
    }

    @Test func noPersonalNumberIsLogged() {
        var session = Session()
        session.type("cccd 0791 2345 6789")
        session.press(.function(1))
        session.type("000.00.13.H08-261203-0042")
        session.press(.function(1))
        session.type("1.001193")
        session.press(.function(1))
        #expect(logged(session).map(\.query) == ["cccd", "1 001193"])
        #expect(!logged(session).contains { $0.query.contains("0791") || ($0.previous ?? "").contains("0791") })
    }

    @Test func theNextCitizenStartsWithoutTheLastOnesSearches() {
        var session = Session()
        session.type("giay phep lai xe")
        session.advance(Double(Shipped.config.idleTimeoutSeconds) + 11)
        #expect(session.state.screen == .home)
        #expect(logged(session).map(\.query) == ["giay phep lai xe"], "the idle reset ends the search")
        session.type("ket hon")
        session.press(.escape)
        #expect(logged(session).last?.query == "ket hon" && logged(session).last?.previous == nil)
    }
}
