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
            Golden.checkSpoken(session, "case-\(index + 1)-\(key)-\(language.rawValue)")
            Golden.checkSpoken(session, "case-\(index + 1)-\(key)-\(language.rawValue)-headphones", privately: true)
        }
    }

    @Test(arguments: Language.allCases)
    func entryScreensAndMessages(language: Language) throws {
        var session = Session(language)
        try session.tap(CaseUIText.checkCase[language])
        Golden.check(session.screen, "case-entry-\(language.rawValue)-80x24")
        Golden.checkSpoken(session, "case-entry-\(language.rawValue)")
        session.type("12345")
        session.press(.enter)
        Golden.check(session.screen, "case-entry-invalid-\(language.rawValue)-80x24")
        Golden.checkSpoken(session, "case-entry-invalid-\(language.rawValue)")
        session.send(.scan(Shipped.demo["processing-passport"]!.receipt.description))
        Golden.check(session.screen, "case-factor-\(language.rawValue)-80x24")
        Golden.checkSpoken(session, "case-factor-\(language.rawValue)-headphones", privately: true)
        session.type("0000")
        session.press(.enter)
        Golden.check(session.screen, "case-not-found-\(language.rawValue)-80x24")
        Golden.checkSpoken(session, "case-not-found-\(language.rawValue)")
        var small = Session(language, width: 40, height: 12)
        small.openCase("documents-needed-land")
        Golden.check(small.screen, "case-5-\(language.rawValue)-40x12")
        small.press(.escape, .escape)
        Golden.check(small.screen, "case-entry-\(language.rawValue)-40x12")
    }

    /// In a hall whose server is away, the kiosk answers from its copy and says as of when, in both languages.
    @Test(arguments: Language.allCases)
    func anAnswerFromTheCopySaysAsOfWhen(language: Language) throws {
        var session = Session(language)
        let copiedAt = try #require(Calendar.current.date(from: DateComponents(year: 2026, month: 11, day: 27, hour: 14, minute: 5)))
        let records = Shipped.demo.values.map { record -> CaseRecord in
            var copied = record
            copied.asOf = copiedAt
            return copied
        }
        session.lookup = CaseLookup(store: MemoryStore(records: records), secondFactor: Shipped.key, kiosk: "test",
                                    policy: Shipped.policy)
        session.openCase("processing-passport")
        #expect(session.state.screen == .caseResult)
        #expect(session.shows(language == .vi ? "Thông tin tính đến 14:05 ngày 27/11" : "As of 14:05 on 27/11"))
        Golden.check(session.screen, "case-as-of-copy-\(language.rawValue)-80x24")
        var live = Session(language)
        live.openCase("processing-passport")
        #expect(!live.shows(language == .vi ? "tính đến" : "As of"), "a live answer says nothing of a copy")
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
        for digit in Shipped.owners["processing-passport"]!.idLast4 {
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
        unknown.type(Shipped.owners["processing-passport"]!.idLast4)
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
            let owner = Shipped.owners[key]!
            #expect(applicant == [NameMask.mask(owner.name)], "\(key)")
            #expect(record.maskedName == NameMask.mask(owner.name), "\(key)")
            let showsName = screens.contains(owner.name)
            let showsID = screens.contains(owner.idNumber) || screens.contains(owner.idLast4)
            #expect(!showsName && !showsID, "\(key)")
        }
    }

    @Test func withoutTheSecondFactorNothingPersonalAtAll() throws {
        var config = Shipped.config
        config.caseSecondFactor = false
        var session = Session()
        session.app = KioskApp(catalog: Shipped.catalog, index: Shipped.app.index, config: config,
                               timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
        session.lookup = CaseLookup(store: MemoryStore(), secondFactor: nil, kiosk: "test", policy: Shipped.policy)
        let record = Shipped.demo["ready-by-post-insurance"]!
        session.send(.scan(record.receipt.description))
        #expect(session.state.screen == .caseResult)
        var text = ""
        for _ in 0 ..< 5 {
            text += session.screen
            session.press(.pageDown)
        }
        #expect(!text.contains(record.maskedName))
        #expect(!text.contains("Yersin"), "the postal address is personal")
        #expect(text.contains("bưu chính"))
    }

    @Test func fiveFailuresOnANumberThenAGrowingCoolDown() throws {
        var session = Session(.en)
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
        #expect(session.screen.contains("Too many wrong attempts for"), "\(session.screen)")
        #expect(session.screen.contains("try again in 30 seconds"), "\(session.screen)")
        // During the cool-down even the right digits are not let through.
        session.openCase("processing-passport")
        #expect(session.state.screen == .caseFactor)
        #expect(session.state.caseRecord == nil)
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
        #expect(session.store.failures(Shipped.demo["processing-passport"]!.receipt) == 0, "a success clears its count")
    }

    /// The attack the per-number count stops: wrong guesses on someone else's number, each followed by a right
    /// look-up of one's own case, and the idle reset in between.
    @Test func ownSuccessAndTheIdleResetDoNotClearAnotherNumbersCount() throws {
        var session = Session(.en)
        let victim = Shipped.demo["processing-passport"]!.receipt
        for round in 0 ..< 5 {
            session.openCase("processing-passport", digits: String(format: "%04d", round))
            session.press(.function(1))
            session.openCase("ready-criminal-record")
            #expect(session.state.screen == .caseResult, "round \(round)")
            session.send(.tick(session.state.now.addingTimeInterval(200)))  // the idle reset, and more
            #expect(session.state.pages == [Page(.home)])
        }
        #expect(session.store.failures(victim) == 5)
        session.openCase("processing-passport", digits: "9999")
        guard case .wait = session.state.caseMessage else {
            Issue.record("the sixth failure on the number must wait: \(String(describing: session.state.caseMessage))")
            return
        }
    }

    @Test func twentyFailuresInADayLockTheNumberUntilStaffUnlockIt() throws {
        var session = Session(.vi)
        let receipt = Shipped.demo["processing-passport"]!.receipt
        // Each failure waits out its cool-down (at most 16 minutes) and the kiosk's pause: about 3 hours.
        for attempt in 0 ..< 20 {
            session.send(.tick(session.state.now.addingTimeInterval(16 * 60 + 1)))
            session.openCase("processing-passport", digits: String(format: "%04d", attempt))
        }
        #expect(session.state.caseMessage == .receiptPaused)
        let words = session.screen.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
        #expect(words.contains("tạm dừng tra cứu") && words.contains("1022"), "\(session.screen)")
        #expect(!words.contains("Không tìm thấy"), "a lock says nothing of whether the case exists")
        // The right digits, hours later: still paused.
        session.send(.tick(session.state.now.addingTimeInterval(6 * 3600)))
        session.openCase("processing-passport")
        #expect(session.state.caseMessage == .receiptPaused)
        #expect(try session.store.locks(at: session.state.now).map(\.receipt) == [receipt])
        // Another number is not locked.
        session.press(.function(1))
        session.openCase("ready-criminal-record")
        #expect(session.state.screen == .caseResult)
        try session.store.unlock(receipt: receipt)
        session.press(.function(1))
        session.openCase("processing-passport")
        #expect(session.state.screen == .caseResult)
    }

    @Test func anUnknownNumberIsPausedAndLockedLikeAKnownOne() throws {
        var known = Session(.en), unknown = Session(.en)
        let record = Shipped.demo["processing-passport"]!
        let other = ReceiptNumber(agency: record.receipt.agency, day: record.receipt.day, sequence: 9999)!
        for attempt in 0 ..< 20 {
            for index in [0, 1] {
                var session = index == 0 ? known : unknown
                session.send(.tick(session.state.now.addingTimeInterval(16 * 60 + 1)))
                session.press(.function(1))
                session.send(.scan((index == 0 ? record.receipt : other).description))
                session.type(String(format: "%04d", attempt))
                session.press(.enter)
                if index == 0 { known = session } else { unknown = session }
            }
            #expect(known.state.caseMessage == unknown.state.caseMessage, "attempt \(attempt)")
        }
        #expect(unknown.state.caseMessage == .receiptPaused)
    }

    @Test func aKioskPausesAfterManyFailuresOnAnyNumbers() throws {
        var session = Session(.en)
        let record = Shipped.demo["processing-passport"]!
        func guess(_ sequence: Int) {
            session.press(.function(1))
            let number = ReceiptNumber(agency: record.receipt.agency, day: record.receipt.day, sequence: sequence)!
            session.send(.scan(number.description))
            session.type("1234")
            session.press(.enter)
        }
        for sequence in 9000 ..< 9010 { guess(sequence) }
        guard case .kioskWait(let until) = session.state.caseMessage else {
            Issue.record("no kiosk pause after 10 failures: \(String(describing: session.state.caseMessage))")
            return
        }
        #expect(until.timeIntervalSince(session.state.now) == 120)
        #expect(session.screen.replacingOccurrences(of: "\n ", with: " ").contains("This kiosk has paused case look-ups"))
        // Even one's own right look-up waits, and does not empty the bucket.
        session.press(.function(1))
        session.openCase("ready-criminal-record")
        #expect(session.state.screen != .caseResult)
        session.send(.tick(session.state.now.addingTimeInterval(121)))
        session.press(.function(1))
        session.openCase("ready-criminal-record")
        #expect(session.state.screen == .caseResult)
        // One failure's worth leaked out: the next failure pauses the kiosk again.
        guess(9100)
        guard case .kioskWait = session.state.caseMessage else {
            Issue.record("the kiosk should pause again: \(String(describing: session.state.caseMessage))")
            return
        }
    }

    @Test func unavailableDatabaseSaysSoAndCountsNoFailure() {
        var session = Session(.en)
        let store = MemoryStore(unavailable: true)
        session.lookup = CaseLookup(store: store, secondFactor: Shipped.key, kiosk: "test", policy: Shipped.policy)
        session.openCase("processing-passport")
        #expect(session.state.caseMessage == .unavailable)
        let screen = session.screen
        #expect(screen.contains("Case look-up is unavailable right now") && screen.contains("call 1022"))
        #expect(store.failures(Shipped.demo["processing-passport"]!.receipt) == 0)
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
            case .keypad(.character(let c)): String(c) == label
            case .keypad(.erase): label == "⌫"
            default: false
            }
            if matches { return (region.rect.x + region.rect.width / 2, region.rect.y + region.rect.height / 2) }
        }
        throw ScreenError.notShown("key \(label)", screen: screen)
    }
}

/// The case screen and `kiosk status` read one model of what may be shown (`CaseDisclosure`).
@Suite struct CaseDisclosureTests {
    func disclosure(_ key: String, personal: Bool) -> CaseDisclosure {
        CaseDisclosure(Shipped.demo[key]!, catalog: Shipped.catalog, personal: personal, today: Shipped.today,
                       calendar: WorkingCalendar(holidays: Shipped.config.holidays), language: .en)
    }

    @Test func withoutTheSecondFactorOnlyAgenciesReasonsAndNothingPersonal() throws {
        for (key, record) in Shipped.demo {
            let open = disclosure(key, personal: false)
            let full = disclosure(key, personal: true)
            #expect(open.owner == nil && full.owner == record.maskedName, "\(key)")
            if case .post(let address) = open.delivery { #expect(address == nil, "\(key)") }
            for (index, step) in open.history.enumerated() {
                let entry = record.history[index]
                if CaseDisclosure.reasons.contains(entry.action) {
                    #expect(step.note == entry.note?[.en], "\(key): a reason is shown")
                } else {
                    #expect(step.note == nil, "\(key): a remark needs the second factor")
                }
                #expect(full.history[index].note == entry.note?[.en])
            }
        }
    }

    @Test func whatIsMissingOrDueShowsOnlyWhileAskedFor() {
        for (key, record) in Shipped.demo {
            let shown = disclosure(key, personal: true)
            #expect(shown.missingDocuments.isEmpty == (record.status != .moreDocumentsNeeded || record.missingDocuments.isEmpty), "\(key)")
            #expect(shown.amountsDue.isEmpty == (record.status != .paymentNeeded || record.amountsDue.isEmpty), "\(key)")
        }
    }
}
