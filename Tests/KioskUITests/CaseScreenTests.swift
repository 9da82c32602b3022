import CaseTracking
import Foundation
import KioskConfiguration
import ProcedureCatalog
import Testing
@testable import KioskUI

/// The case look-up on screen: every status in both languages, the entry screens and their messages.
@Suite struct CaseScreenTests {
    /// One demo case per status, in status order.
    static let byStatus = [
        "online-waiting-passport", "received-due-today", "not-accepted-construction", "processing-late-land-split",
        "documents-needed-land", "payment-land-transfer-fee", "withdrawn-company", "stopped-water-licence",
        "ready-by-post-insurance", "returned-birth",
    ]

    @Test(arguments: Language.allCases)
    func everyStatus(language: Language) throws {
        for (index, key) in Self.byStatus.enumerated() {
            var session = Session(language)
            session.openCase(key)
            #expect(session.state.screen == .caseResult, "\(key)")
            #expect(session.state.caseRecord?.status.rawValue == index + 1)
            Golden.check(session.screen, "case-\(index + 1)-\(key)-\(language.rawValue)-80x24")
        }
    }

    @Test(arguments: Language.allCases)
    func entryScreensAndMessages(language: Language) throws {
        var session = Session(language)
        try session.tap(CaseUIText.checkCase[language])
        Golden.check(session.screen, "case-entry-\(language.rawValue)-80x24")
        session.type("12345")
        session.press(.enter)
        Golden.check(session.screen, "case-entry-invalid-\(language.rawValue)-80x24")
        session.send(.scan(Shipped.demo["processing-passport"]!.receipt.description))
        Golden.check(session.screen, "case-factor-\(language.rawValue)-80x24")
        session.type("0000")
        session.press(.enter)
        Golden.check(session.screen, "case-not-found-\(language.rawValue)-80x24")
        var small = Session(language, width: 40, height: 12)
        small.openCase("documents-needed-land")
        Golden.check(small.screen, "case-5-\(language.rawValue)-40x12")
        small.press(.escape, .escape)
        Golden.check(small.screen, "case-entry-\(language.rawValue)-40x12")
    }

    @Test func timingReadsAgainstToday() {
        var session = Session(.en)
        session.openCase("received-due-today")
        #expect(session.shows("due today"))
        session.openCase("processing-late-land-split")
        #expect(session.shows("days late"))
        session.openCase("processing-passport")
        #expect(session.shows("working days left"))
        session.openCase("returned-birth")
        #expect(session.shows("returned on"))
        session.openCase("ready-late-land")
        #expect(session.shows("(late)"))
    }

    @Test func statusBandHasTheStatusColour() throws {
        let expected: [String: Role] = [
            "ready-criminal-record": .statusGood, "processing-passport": .statusWaiting,
            "payment-passport-late": .statusProblem,
        ]
        for (key, role) in expected {
            var session = Session()
            session.openCase(key)
            let grid = session.frame.grid
            let row = try session.position(of: Shipped.demo[key]!.status.name.vi.uppercased()).y
            #expect(grid[10, row].role == role, "\(key)")
            #expect(grid[60, row].role == role, "the band spans the text column")
        }
    }
}

/// Journeys and privacy rules of the case look-up.
@Suite struct CaseLookupTests {
    @Test func keypadByTouchAlone() throws {
        let record = Shipped.demo["processing-passport"]!
        var session = Session()
        try session.tap("Tra cứu hồ sơ đã nộp")
        for character in record.receipt.description {
            let label = String(character)
            let (x, y) = try session.keyPosition(label)
            session.send(.click(x: x, y: y))
        }
        #expect(session.state.receiptInput == record.receipt.description)
        try session.tap("OK")
        #expect(session.state.screen == .caseFactor)
        for digit in record.ownerID.suffix(4) {
            let (x, y) = try session.keyPosition(String(digit))
            session.send(.click(x: x, y: y))
        }
        try session.tap("OK")
        #expect(session.state.screen == .caseResult)
        #expect(session.shows("Đang xử lý".uppercased()))
    }

    @Test func eraseKeyAndBackspace() throws {
        var session = Session()
        session.press(.down, .down, .enter)
        session.type("12")
        let (x, y) = try session.keyPosition("⌫")
        session.send(.click(x: x, y: y))
        #expect(session.state.receiptInput == "1")
        session.press(.backspace, .backspace)
        #expect(session.state.screen == .home)
    }

    @Test func unknownNumberAndWrongDigitsGiveTheSameAnswer() throws {
        let record = Shipped.demo["processing-passport"]!
        var wrongDigits = Session()
        wrongDigits.openCase("processing-passport", digits: "0000")
        var unknown = Session()
        unknown.press(.function(1))
        let other = ReceiptNumber(agency: record.receipt.agency, day: record.receipt.day, sequence: 9999)!
        unknown.send(.scan(other.description))
        unknown.type(String(record.ownerID.suffix(4)))
        unknown.press(.enter)
        #expect(wrongDigits.state.caseMessage == .notFound)
        #expect(unknown.state.caseMessage == .notFound)
        let message = wrongDigits.lines[9...].joined()
        #expect(message == unknown.lines[9...].joined().replacingOccurrences(of: other.description, with: record.receipt.description))
        #expect(wrongDigits.state.caseRecord == nil)
    }

    @Test func nothingPersonalIsShownUnmasked() {
        for (key, record) in Shipped.demo {
            var session = Session()
            session.openCase(key)
            let screens = (0 ..< 6).map { _ -> String in
                defer { session.press(.pageDown) }
                return session.screen
            }.joined()
            // The applicant's line, without the scroll column that may share its row.
            let applicant = Set(screens.components(separatedBy: "\n").filter { $0.contains("Người nộp: ") }.map {
                $0.components(separatedBy: "Người nộp: ")[1].components(separatedBy: "  ")[0]
            })
            #expect(applicant == [NameMask.mask(record.ownerName)], "\(key)")
            let showsName = screens.contains(record.ownerName)
            let showsID = screens.contains(record.ownerID) || screens.contains(String(record.ownerID.suffix(4)))
            let showsPhone = record.phone.map { screens.contains($0) } ?? false
            #expect(!showsName && !showsID && !showsPhone, "\(key)")
        }
    }

    @Test func withoutTheSecondFactorNothingPersonalAtAll() throws {
        var config = Shipped.config
        config.caseSecondFactor = false
        var session = Session()
        session.app = KioskApp(catalog: Shipped.catalog, index: Shipped.app.index, config: config,
                               timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
        session.lookup = CaseLookup(store: Shipped.store, requireSecondFactor: false)
        let record = Shipped.demo["ready-by-post-insurance"]!
        session.send(.scan(record.receipt.description))
        #expect(session.state.screen == .caseResult)
        var text = ""
        for _ in 0 ..< 5 {
            text += session.screen
            session.press(.pageDown)
        }
        #expect(!text.contains(NameMask.mask(record.ownerName)))
        #expect(!text.contains("Yersin"), "the postal address is personal")
        #expect(text.contains("bưu chính"))
    }

    @Test func fiveFailuresThenAGrowingCoolDownThatSuccessClears() throws {
        var session = Session(.en)
        let record = Shipped.demo["processing-passport"]!
        for _ in 0 ..< 4 {
            session.openCase("processing-passport", digits: "0000")
            #expect(session.state.caseMessage == .notFound)
        }
        session.openCase("processing-passport", digits: "0000")
        guard case .wait(let until) = session.state.caseMessage else {
            Issue.record("no cool-down after 5 failures: \(String(describing: session.state.caseMessage))")
            return
        }
        #expect(until.timeIntervalSince(session.state.now) == 30)
        let says = session.screen.replacingOccurrences(of: "\n ", with: " ").contains("Please try again in 30")
        #expect(says)
        // During the cool-down even the right digits are not looked up.
        session.openCase("processing-passport")
        #expect(session.state.screen == .caseFactor)
        #expect(session.effects.filter { if case .lookUpCase = $0 { true } else { false } }.count == 5)
        session.send(.tick(session.state.now.addingTimeInterval(31)))
        session.openCase("processing-passport", digits: "1111")
        guard case .wait(let longer) = session.state.caseMessage else {
            Issue.record("the next failure should wait longer")
            return
        }
        #expect(longer.timeIntervalSince(session.state.now) == 60)
        session.send(.tick(session.state.now.addingTimeInterval(61)))
        session.openCase("processing-passport")
        #expect(session.state.screen == .caseResult)
        #expect(session.state.throttle.failures == 0)
        _ = record
    }

    @Test func unavailableDatabaseSaysSoAndCountsNoFailure() {
        var session = Session(.en)
        session.lookup = CaseLookup(store: MemoryStore(records: [], unavailable: true), requireSecondFactor: true)
        session.openCase("processing-passport")
        #expect(session.state.caseMessage == .unavailable)
        let screen = session.screen
        #expect(screen.contains("Case look-up is unavailable right now") && screen.contains("call 1022"))
        #expect(session.state.throttle.failures == 0)
    }

    @Test func aScanJumpsToTheLookUpFromAnyScreen() {
        var session = Session()
        session.type("khai sinh")
        session.press(.enter)
        guard case .procedure = session.state.screen else {
            Issue.record("not on a procedure")
            return
        }
        let record = Shipped.demo["ready-criminal-record"]!
        session.send(.scan("  " + record.receipt.description.lowercased() + " "))
        #expect(session.state.screen == .caseFactor)
        #expect(session.state.pages.map(\.screen) == [.home, .caseEntry, .caseFactor])
        #expect(session.state.receipt == record.receipt)
        #expect(session.state.query.isEmpty)
    }

    @Test func leavingTheResultForgetsTheCase() {
        var session = Session()
        session.openCase("processing-passport")
        #expect(session.state.caseRecord != nil)
        session.press(.escape)
        #expect(session.state.caseRecord == nil)
        #expect(session.state.factorInput.isEmpty)
        session.press(.function(1))
        #expect(session.state.receiptInput.isEmpty)
        #expect(session.state.receipt == nil)
    }

    @Test func theLanguageSwitchKeepsTheCaseOnScreen() {
        var session = Session()
        session.openCase("documents-needed-land")
        session.press(.function(2))
        #expect(session.state.screen == .caseResult)
        #expect(session.shows("MORE DOCUMENTS NEEDED"))
    }
}

extension Session {
    /// The middle of the keypad key labelled `label` (keys are the boxed buttons below the field).
    func keyPosition(_ label: String) throws -> (x: Int, y: Int) {
        for region in frame.taps {
            let matches = switch region.action {
            case .keypad(let c): String(c) == label
            case .keypadErase: label == "⌫"
            default: false
            }
            if matches { return (region.rect.x + region.rect.width / 2, region.rect.y + region.rect.height / 2) }
        }
        throw ScreenError.notShown("key \(label)", screen: screen)
    }
}
