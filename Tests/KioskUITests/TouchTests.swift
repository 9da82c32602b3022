import Foundation
import Testing
import ProcedureCatalog
@testable import KioskUI

/// Journeys by touch alone: every click resolves through the frame's tap regions.
@Suite struct TouchTests {
    @Test func browseByTouchToAProcedureAndBack() throws {
        var session = Session()
        try session.tap("Tra cứu theo lĩnh vực")
        #expect(session.state.screen == .browse(.field))
        try session.tap("Cơ quan")
        #expect(session.state.screen == .browse(.agency))
        try session.tap("Lĩnh vực")
        // Over a hundred fields: the letter, then pages down to the field.
        try session.tap(" H ")
        for _ in 0 ..< 8 where !session.shows("Hộ tịch") { try session.tap("▼") }
        try session.tap("Hộ tịch")
        #expect(session.state.screen == .group(.field("HT")))
        try session.tap("Đăng ký kết hôn")
        #expect(session.shows("Mã thủ tục: 1.000894.000.00.00.H08"))
        try session.tap("← Quay lại")
        #expect(session.state.screen == .group(.field("HT")))
        try session.tap("⌂ Trang chủ")
        #expect(session.state.screen == .home)
    }

    @Test func searchBoxAndLanguageButton() throws {
        var session = Session()
        try session.tap("Chạm vào đây")
        #expect(session.state.screen == .search)
        try session.tap("English")
        #expect(session.state.language == .en)
        #expect(session.state.screen == .search)
        try session.tap("Tiếng Việt")
        #expect(session.state.language == .vi)
    }

    @Test func footerLabelsDoWhatTheirKeysDo() throws {
        var session = Session()
        session.type("ket hon")
        try session.tap("Enter Mở")
        guard case .procedure = session.state.screen else {
            Issue.record("Enter Mở did not open the result")
            return
        }
        try session.tap("Tab Mục sau")
        #expect(session.lines[4].contains("■"))
        try session.tap("Esc Quay lại")
        #expect(session.state.screen == .search)
        try session.tap("F2 English")
        #expect(session.state.language == .en)
        try session.tap("F1 Home")
        #expect(session.state.screen == .home)
    }

    @Test func scrollButtonsAndWheelScrollTheProcedure() throws {
        var session = Session()
        session.type("khai sinh")
        session.press(.enter)
        try session.tap("▼")
        let afterButton = session.state.page.scroll
        #expect(afterButton > 10)
        try session.tap("▲")
        #expect(session.state.page.scroll == 0)
        session.send(.wheel(1, x: 10, y: 10), .wheel(1, x: 10, y: 10))
        #expect(session.state.page.scroll == 6)
        session.send(.wheel(-1, x: 10, y: 10))
        #expect(session.state.page.scroll == 3)
    }

    @Test func pageButtonsTurnListPages() throws {
        var session = Session()
        try session.tap("Tra cứu theo lĩnh vực")
        try session.tap("▼")
        #expect(session.shows("2/33"))
        try session.tap("▲")
        #expect(session.shows("1/33"))
        #expect(session.state.page.selected == 0)
    }

    /// Every control is at least 3 rows high at 80x24 and above (only the footer's key labels are 1 row).
    @Test(arguments: [(80, 24), (120, 40), (250, 80)])
    func tapTargetsAreThreeRowsHigh(size: (Int, Int)) throws {
        for journey in GoldenScreenTests.journeys {
            var session = Session(.vi, width: size.0, height: size.1)
            try journey.steps(&session)
            let frame = session.frame
            #expect(!frame.taps.isEmpty)
            for region in frame.taps where region.rect.y != size.1 - 1 {
                #expect(region.rect.height >= 3, "\(journey.name): \(region)")
            }
            for region in frame.taps {
                #expect(region.rect.x >= 0 && region.rect.maxX <= size.0 && region.rect.maxY <= size.1)
            }
        }
    }

    /// In the compact layout every screen still does everything: each action of the full layout has a tap
    /// region, or a key, on the small one.
    @Test func compactLayoutKeepsEveryControl() throws {
        for journey in GoldenScreenTests.journeys {
            var full = Session(.vi, width: 80, height: 24)
            var small = Session(.vi, width: 40, height: 12)
            try journey.steps(&full)
            try journey.steps(&small)
            let smallActions = small.frame.taps.map(\.action)
            for action in [Action.back, .home, .toggleLanguage] where full.frame.taps.contains(where: { $0.action == action }) {
                #expect(smallActions.contains(action), "\(journey.name) lacks \(action) at 40x12")
            }
        }
    }

    @Test func matchedWordsAreHighlighted() throws {
        var session = Session()
        session.type("ket hon")
        let (x, y) = try session.position(of: "kết hôn")
        let grid = session.frame.grid
        // The first row is selected: its matched words stand out from the selection.
        #expect(grid[x, y].role == .matchSelected)
        #expect(grid[x + 4, y].role == .matchSelected)
        #expect(grid[x - 2, y].role == .selected)
        session.press(.down)
        #expect(session.frame.grid[x, y].role == .match)
    }
}
