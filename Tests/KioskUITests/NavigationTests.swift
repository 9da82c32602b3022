import Foundation
import KioskConfiguration
import Testing
import ProcedureCatalog
@testable import KioskUI

/// Journeys through the state machine with keys, as a keyboard user makes them.
@Suite struct NavigationTests {
    @Test func typingOnHomeStartsASearch() {
        var session = Session()
        session.type("k")
        #expect(session.state.screen == .search)
        #expect(session.state.query == "k")
    }

    @Test func searchWithoutDiacriticsOpensTheProcedure() {
        var session = Session()
        session.type("dang ky ket hon")
        #expect(session.shows("Đăng ký kết hôn"))
        session.press(.enter)
        guard case .procedure(let position) = session.state.screen else {
            Issue.record("not on a procedure: \(session.state.screen)")
            return
        }
        #expect(Shipped.catalog.procedures[position].code.description == "1.000894.000.00.00.H08")
        #expect(session.shows("Mã thủ tục: 1.000894.000.00.00.H08"))
    }

    @Test func backKeepsTheQueryAndTheRowThenLeavesTheSearch() {
        var session = Session()
        session.type("khai sinh")
        session.press(.down, .down, .enter)
        session.press(.escape)
        #expect(session.state.screen == .search)
        #expect(session.state.query == "khai sinh")
        #expect(session.state.page.selected == 2)
        session.press(.escape)
        #expect(session.state.screen == .home)
        #expect(session.state.query.isEmpty)
        #expect(session.state.results.isEmpty)
    }

    @Test func backspaceErasesThenGoesBack() {
        var session = Session()
        session.type("ab")
        session.press(.backspace)
        #expect(session.state.query == "a")
        session.press(.backspace)
        #expect(session.state.query.isEmpty)
        #expect(session.state.screen == .search)
        session.press(.backspace)
        #expect(session.state.screen == .home)
    }

    @Test(arguments: [Key.home, Key.function(1)])
    func homeKeyGoesHomeFromDeepInside(key: Key) {
        var session = Session()
        session.press(.down, .enter, .enter, .enter)
        guard case .procedure = session.state.screen else {
            Issue.record("expected a procedure, got \(session.state.screen)")
            return
        }
        #expect(session.state.pages.count == 4)
        session.press(key)
        #expect(session.state.pages == [Page(.home)])
    }

    @Test func browseTabsSwitchWithoutStackingAndBackGoesHome() {
        var session = Session()
        session.press(.down, .enter)
        #expect(session.state.screen == .browse(.field))
        session.press(.tab, .tab)
        #expect(session.state.screen == .browse(.level))
        session.press(.right)
        #expect(session.state.screen == .browse(.field))
        session.press(.left)
        #expect(session.state.screen == .browse(.level))
        session.press(.escape)
        #expect(session.state.screen == .home)
    }

    @Test func digitsOpenTheNumberedRowOfThePageShown() {
        var session = Session()
        session.press(.down, .enter)  // browse by field
        session.type("1")  // the first field, A–Z
        let first = Shipped.app.browseGroups(.field, language: .vi)[0].group
        #expect(session.state.screen == .group(first))
        session.type("3")
        let third = Shipped.app.procedures(of: first)[2]
        #expect(session.state.screen == .procedure(third))
    }

    @Test func pageDownShowsTheNextPageAndDigitsCountFromIt() throws {
        var session = Session()
        session.press(.down, .enter)
        session.type("hotich")
        session.press(.enter)  // Hộ tịch: 41 procedures, several pages at 80x24
        #expect(session.state.screen == .group(.field("HT")))
        let list = try #require(session.state.listLayout(Shipped.app))
        #expect(list.pages.count > 1)
        session.press(.pageDown)
        #expect(session.state.page.selected == list.pages[1].lowerBound)
        let name = Shipped.catalog.procedures[Shipped.app.procedures(of: .field("HT"))[list.pages[1].lowerBound]]
            .name.vi
        #expect(session.shows(String(name.prefix(30))))
        session.type("1")
        #expect(session.state.screen == .procedure(Shipped.app.procedures(of: .field("HT"))[list.pages[1].lowerBound]))
    }

    @Test func procedureScrollsByLinePageAndSection() {
        var session = Session()
        session.type("khai sinh")
        session.press(.enter)
        #expect(session.state.page.scroll == 0)
        session.press(.down, .down)
        #expect(session.state.page.scroll == 2)
        session.press(.pageDown)
        #expect(session.state.page.scroll > 10)
        session.press(.home)  // Home goes home, not to the top
        #expect(session.state.screen == .home)
    }

    @Test func tabJumpsToEachSectionHeading() {
        var session = Session()
        session.type("khai sinh")
        session.press(.enter, .tab, .tab)
        #expect(session.lines[4].contains("■ Thành phần hồ sơ"))
        session.press(.backTab)
        #expect(session.lines[4].contains("■ Cách thực hiện, thời hạn và phí"))
    }

    @Test func scrollingStopsAtTheEnd() {
        var session = Session()
        session.type("khai sinh")
        session.press(.enter)
        for _ in 0 ..< 200 { session.press(.pageDown) }
        #expect(session.state.page.scroll == session.state.maxScroll(Shipped.app))
        #expect(session.shows("■ Căn cứ pháp lý"))
    }

    @Test func switchingLanguageKeepsThePlace() {
        var session = Session()
        session.type("ket hon")
        session.press(.enter, .tab, .tab)
        let before = session.state
        session.press(.function(2))
        #expect(session.state.language == .en)
        #expect(session.state.pages == before.pages)
        #expect(session.state.query == before.query)
        #expect(session.shows("■ Required documents"))
        session.press(.escape)
        #expect(session.shows("ket hon"))
        #expect(session.shows("Marriage registration"))
    }

    @Test func resizingKeepsTheStateAndTheEnlargeMessageRecovers() {
        var session = Session()
        session.type("ho chieu")
        session.press(.enter, .tab)
        let pages = session.state.pages
        session.send(.resize(Size(width: 40, height: 12)))
        #expect(session.shows("Cách thực hiện"))
        session.send(.resize(Size(width: 30, height: 8)))
        #expect(session.shows("Please enlarge the window"))
        #expect(session.frame.taps.isEmpty)
        session.send(.resize(Size(width: 200, height: 60)))
        #expect(session.state.pages == pages)
        #expect(session.shows("Cấp hộ chiếu phổ thông ở trong nước") || session.shows("Cách thực hiện"))
        session.send(.resize(Size(width: 80, height: 24)))
        #expect(session.state.pages == pages)
    }

    @Test func noResultsOffersBrowsingByField() throws {
        var session = Session(.en)
        session.type("zzqqxx")
        #expect(session.shows("No procedure found for “zzqqxx”."))
        try session.tap("Browse by field")
        #expect(session.state.screen == .browse(.field))
    }

    @Test func clockFollowsTicks() {
        var session = Session()
        #expect(session.shows("Thứ Sáu, 27/11/2026  09:41"))
        session.send(.tick(Shipped.now.addingTimeInterval(3600 * 24 + 60)))
        #expect(session.shows("Thứ Bảy, 28/11/2026  09:42"))
    }

    @Test func withoutLockdownCtrlCAndTheChordAloneQuit() {
        var session = Session()
        session.app = KioskApp(catalog: Shipped.catalog, index: Shipped.app.index, config: Shipped.config,
                               lockdown: false)
        session.press(.control("c"))
        #expect(session.effects == [.quit])
        var chord = Session()
        chord.app = session.app
        chord.press(.control("x"), .control("q"))
        #expect(chord.effects == [.quit])
        var locked = Session()
        locked.press(.control("c"), .control("z"), .control("d"), .control("s"), .control("q"), .control("\\"))
        #expect(locked.effects.isEmpty)
    }

    @Test func staffExitChordComesFromTheConfiguration() throws {
        var config = Shipped.config
        config.staffPINHash = nil
        config.staffExitChord = try #require(KeyChord(parsing: "f12 f10 f12"))
        var session = Session()
        session.app = KioskApp(catalog: Shipped.catalog, index: Shipped.app.index, config: config)
        session.press(.control("x"), .control("q"))
        #expect(session.effects.isEmpty)
        session.press(.function(12), .function(10), .function(12))
        #expect(session.effects == [.quit])
    }
}

/// The idle reset: nothing of one citizen may reach the next.
@Suite struct IdleResetTests {
    @Test func aCountdownThenEverythingIsClearedAndHomeInTheDefaultLanguage() {
        var session = Session()
        session.press(.function(2))
        session.openCase("processing-passport", digits: "0000")
        let receipt = Shipped.demo["processing-passport"]!.receipt
        #expect(session.store.failures(receipt) == 1)
        session.type("12")
        #expect(session.state.screen == .caseFactor && session.state.receipt != nil)
        let start = session.state.now
        session.send(.tick(start.addingTimeInterval(89)))
        #expect(!session.shows("Are you still there?"))
        session.send(.tick(start.addingTimeInterval(90)))
        #expect(session.screen.replacingOccurrences(of: "\n", with: " ").contains("cleared in 10"))
        session.send(.tick(start.addingTimeInterval(97)))
        #expect(session.screen.replacingOccurrences(of: "\n", with: " ").contains("cleared in 3"))
        session.send(.tick(start.addingTimeInterval(100)))
        #expect(session.state.pages == [Page(.home)])
        #expect(session.state.language == .vi)
        #expect(session.store.failures(receipt) == 1, "the count belongs to the number, not to the screen")
        #expect(session.state.receiptInput.isEmpty && session.state.factorInput.isEmpty)
        #expect(session.state.caseRecord == nil && session.state.caseMessage == nil)
        #expect(!session.shows("Are you still there?") && !session.shows("Quý khách còn sử dụng"))
    }

    @Test func aTouchDuringTheCountdownOnlyKeepsThePlace() throws {
        var session = Session()
        session.type("khai sinh")
        session.press(.enter)
        let pages = session.state.pages
        session.send(.tick(session.state.now.addingTimeInterval(95)))
        #expect(session.shows("Quý khách còn sử dụng không?"))
        // The touch lands on the Back button's place, but only answers the countdown.
        let (x, y) = (45, 2)
        session.send(.click(x: x, y: y))
        #expect(session.state.pages == pages)
        #expect(!session.shows("Quý khách còn sử dụng không?"))
        session.send(.tick(session.state.now.addingTimeInterval(60)))
        #expect(session.state.pages == pages, "the idle time counts from the touch")
    }

    @Test func anUntouchedHomeScreenDoesNotCountDown() {
        var session = Session()
        session.send(.tick(session.state.now.addingTimeInterval(500)))
        #expect(!session.shows("Quý khách còn sử dụng không?"))
    }
}

@Suite struct UsageAndReloadTests {
    @Test func usageEffectsSayWhatWasSearchedInVainViewedAndLookedUp() {
        var session = Session()
        session.type("xyzzy")
        session.press(.escape)
        #expect(session.effects.contains(.usage(.searchWithoutResult("xyzzy"))))
        session.type("khai sinh")
        session.press(.enter)
        #expect(session.effects.contains(.usage(.viewed("1.001193.000.00.00.H08"))))
        session.press(.function(1))
        #expect(session.effects.filter { if case .usage(.searchWithoutResult) = $0 { true } else { false } }.count == 1,
                "a search with results is not counted")
        session.openCase("processing-passport", digits: "0000")
        session.openCase("processing-passport")
        #expect(session.effects.contains(.usage(.lookup(.notFound))))
        #expect(session.effects.contains(.usage(.lookup(.found))))
    }

    @Test func aReloadedCatalogKeepsThePlaceByCode() throws {
        var session = Session()
        session.type("ket hon")
        session.press(.enter, .tab)
        guard case .procedure(let position) = session.state.screen else {
            Issue.record("not on a procedure")
            return
        }
        let code = Shipped.catalog.procedures[position].code
        // The new catalog lacks the first procedure: every position moves by one.
        var procedures = Shipped.catalog.procedures
        procedures.removeAll { $0.code.description == "1.001193.000.00.00.H08" }
        let catalog = Catalog(publisher: Shipped.catalog.publisher, levels: Shipped.catalog.levels,
                              fields: Shipped.catalog.fields, agencies: Shipped.catalog.agencies, procedures: procedures)
        let next = session.app.replacingCatalog(catalog, index: SearchIndex(catalog: catalog))
        let carried = next.carryOver(session.state, from: session.app)
        guard case .procedure(let moved) = carried.screen else {
            Issue.record("the procedure screen was lost")
            return
        }
        #expect(catalog.procedures[moved].code == code)
        #expect(carried.page.scroll == session.state.page.scroll)
        #expect(carried.query == "ket hon" && !carried.results.isEmpty)
    }

    @Test func aProcedureThatIsGoneTakesTheCitizenBackOneScreen() throws {
        var session = Session()
        session.type("khai sinh")
        session.press(.enter)
        var procedures = Shipped.catalog.procedures
        procedures.removeAll { $0.code.description == "1.001193.000.00.00.H08" }
        let catalog = Catalog(publisher: Shipped.catalog.publisher, levels: Shipped.catalog.levels,
                              fields: Shipped.catalog.fields, agencies: Shipped.catalog.agencies, procedures: procedures)
        let next = session.app.replacingCatalog(catalog, index: SearchIndex(catalog: catalog))
        let carried = next.carryOver(session.state, from: session.app)
        #expect(carried.screen == .search)
        #expect(!carried.results.map(\.procedure).contains { catalog.procedures[$0].code.description == "1.001193.000.00.00.H08" })
    }
}

/// About this kiosk, from home's footer.
@Suite struct AboutScreenTests {
    @Test func f3OrItsFooterLabelOpensItAndBackReturnsHome() throws {
        var session = Session(.en)
        session.press(.function(3))
        #expect(session.state.screen == .about)
        #expect(session.shows("Version \(KioskVersion.current)"))
        #expect(session.shows("Hotline: 1022"))
        session.press(.escape)
        #expect(session.state.screen == .home)
        try session.tap("F3 About")
        #expect(session.state.screen == .about)
        session.press(.function(2))
        #expect(session.shows("Phiên bản \(KioskVersion.current)"))
        try session.tap("Trang chủ")
        #expect(session.state.pages == [Page(.home)])
    }
}
