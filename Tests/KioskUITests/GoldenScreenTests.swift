import Foundation
import Testing
import ProcedureCatalog
@testable import KioskUI

/// Every screen in both languages at 80x24 and 120x40, home and a procedure at 40x12, and the enlarge
/// message: compared with the reviewed files under Golden/.
@Suite struct GoldenScreenTests {
    /// How to reach each screen from home, as a citizen would.
    typealias Journey = (name: String, steps: @Sendable (inout Session) throws -> Void)

    static let journeys: [Journey] = screenJourneys + ratingJourneys

    static let screenJourneys: [Journey] = [
        ("home", { _ in }),
        ("browse-field", { $0.press(.down, .enter) }),
        ("browse-agency", { $0.press(.down, .enter, .tab) }),
        ("browse-level", { $0.press(.down, .enter, .tab, .tab) }),
        ("group-field", { $0.press(.down, .enter, .enter) }),
        ("featured", { $0.press(.down, .down, .down, .down, .enter) }),
        ("search-empty", { $0.press(.enter) }),
        ("search-results", { $0.type("khai sinh") }),
        ("search-none", { $0.type("xyzzy qwv") }),
        ("procedure", { $0.type("khai sinh"); $0.press(.enter) }),
        ("procedure-documents", { $0.type("khai sinh"); $0.press(.enter, .tab, .tab) }),
        ("about", { $0.press(.function(3)) }),
        // An entry of the national list: what it holds, where the rest is, and in English that it is Vietnamese.
        ("procedure-portal", { $0.type("2.001716"); $0.press(.enter) }),
        ("search-portal", { $0.type("tach ho") }),
        // The QR hand-off: the procedure's online service on its own screen (F5).
        ("phone", { $0.type("khai sinh"); $0.press(.enter, .function(5)) }),
        ("phone-portal", { $0.type("2.001716"); $0.press(.enter, .function(5)) }),
    ]

    /// The quick rating's screens, from home's last button.
    static let ratingJourneys: [Journey] = [
        ("rate-start", { $0.openRating() }),
        ("rate-quick", { $0.openQuickRating() }),
        ("rate-complaints", { $0.openQuickRating(); $0.type("31") }),
        ("rate-agency", { $0.openQuickRating(); $0.type("2") }),
        ("rate-thanks", { $0.openQuickRating(); $0.type("1"); $0.press(.enter) }),
        ("rate-case", { $0.openCaseRating() }),
        ("rate-case-question", { $0.openCaseRating(); $0.type("1") }),
        ("staff", { $0.chord(); $0.enterPIN("2468") }),
        ("staff-unlock", { $0.chord(); $0.enterPIN("2468"); $0.type("3") }),
    ]

    static let sizes = [(80, 24), (120, 40)]

    @Test(arguments: Language.allCases, [0, 1])
    func everyScreen(language: Language, sizeIndex: Int) throws {
        let (width, height) = Self.sizes[sizeIndex]
        for journey in Self.journeys {
            var session = Session(language, width: width, height: height)
            try journey.steps(&session)
            Golden.check(session.screen, "\(journey.name)-\(language.rawValue)-\(width)x\(height)")
            if sizeIndex == 0 { Golden.checkSpoken(session, "\(journey.name)-\(language.rawValue)") }
        }
    }

    @Test(arguments: Language.allCases)
    func compactHomeAndProcedure(language: Language) throws {
        var session = Session(language, width: 40, height: 12)
        Golden.check(session.screen, "home-\(language.rawValue)-40x12")
        session.type("ho chieu")
        session.press(.enter)
        Golden.check(session.screen, "procedure-\(language.rawValue)-40x12")
        session.press(.escape)
        Golden.check(session.screen, "search-results-\(language.rawValue)-40x12")
    }

    @Test(arguments: Language.allCases)
    func compactRating(language: Language) throws {
        for journey in Self.ratingJourneys {
            var session = Session(language, width: 40, height: 12)
            try journey.steps(&session)
            Golden.check(session.screen, "\(journey.name)-\(language.rawValue)-40x12")
        }
    }

    @Test func tooSmall() {
        let session = Session(.vi, width: 30, height: 10)
        Golden.check(session.screen, "too-small-30x10")
    }
}

/// The text screenshots of docs/screens.md are the golden screens: when a screen changes, the page must follow.
@Suite struct ScreensPageTests {
    @Test(arguments: ["home-vi-80x24", "search-results-vi-80x24", "procedure-documents-en-80x24", "procedure-vi-40x12",
                      "case-5-documents-needed-land-en-80x24", "case-entry-invalid-vi-80x24"])
    func pageShowsTheCurrentScreen(golden: String) throws {
        let page = try String(contentsOf: Shipped.root.appendingPathComponent("docs/screens.md"), encoding: .utf8)
        let screen = try String(contentsOf: Golden.folder.appendingPathComponent(golden + ".txt"), encoding: .utf8)
        #expect(page.contains("```\n" + screen + "```"), "docs/screens.md shows an old \(golden)")
    }
}

extension Session {
    /// Home's "Rate our service" by the keyboard: the choice of how to rate.
    mutating func openRating() {
        let rating = HomeScreen.choices(app).firstIndex { $0.action == .show(.rateStart) } ?? 0
        for _ in 0 ..< rating { press(.down) }
        press(.enter)
    }

    /// The per-case form for a demo case, by its receipt number and digits: the case and indicators 1 and 2.
    mutating func openCaseRating() {
        openRating()
        type("1")
        let key = "processing-passport"
        type(Shipped.demo[key]!.receipt.description)
        press(.enter)
        type(Shipped.owners[key]!.idLast4)
        press(.enter)
    }

    /// The quick rating, the second way to rate.
    mutating func openQuickRating() {
        openRating()
        type("2")
    }
}
