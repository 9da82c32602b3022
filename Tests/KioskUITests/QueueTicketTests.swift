import Foundation
import KioskConfiguration
import KioskPrinting
import KioskRuntime
import ProcedureCatalog
import QueueTickets
import TestSupport
import Testing
@testable import KioskUI

/// Taking a queue number and printing, as a citizen meets them: the home tile and a procedure's F6, the
/// number with the counters and the people ahead, the ticket and the checklist on a printer (a file device
/// and a network printer that refuses), the kiosk saying so when the printer or the queue is away.
@Suite struct QueueTicketTests {
    /// The passport: received at the center's counters 14–15 (queue K).
    static let passport = "1.001456"
    /// Birth registration: at the commune, no number at this center.
    static let birth = "1.001193"

    static func openProcedure(_ code: String, _ session: inout Session) {
        session.type(code)
        session.press(.enter)
    }

    /// An app like the shipped one, with a receipt printer in kiosk.conf.
    static func printingApp(_ device: PrinterSettings.Device, paper: Int = 80) -> KioskApp {
        var config = Shipped.config
        config.printer = PrinterSettings(device: device, paperMillimetres: paper)
        return KioskApp(catalog: Shipped.catalog, index: SearchIndex(catalog: Shipped.catalog), config: config,
                        timeZone: Shipped.timeZone)
    }

    static func printer(_ device: PrinterSettings.Device, paper: Int = 80) -> ReceiptPrinter {
        let settings = PrinterSettings(device: device, paperMillimetres: paper)
        return ReceiptPrinter(connection: PrinterConnection(device: device, deadline: 30), encoder: ESCPOSEncoder(settings))
    }

    /// F7 on a procedure with several channels: the choice of channel, then `kind` chosen by its row.
    static func printChecklist(_ session: inout Session, channel kind: Channel.Kind, language: Language) throws {
        session.press(.function(7))
        #expect(session.state.screen == .printChannel)
        #expect(session.shows(QueueUIText.chooseChannel[language]))
        guard case .printChannel(let screen)? = session.state.stack.last else { return }
        let channels = Shipped.catalog.procedures[screen.position].channels
        let row = try #require(channels.firstIndex { $0.kind == kind })
        for _ in 0 ..< row { session.press(.down) }
        session.press(.enter)
    }

    static func scratchFile(_ name: String) -> String { TestScratch.root + "\(name)-\(UUID().uuidString).bin" }

    @Test(arguments: Language.allCases)
    func theHomeTileIssuesNumbersInTurnWithThePeopleAhead(language: Language) throws {
        var session = Session(language)
        #expect(session.shows(QueueUIText.takeNumber[language]))
        try session.tap(QueueUIText.takeNumber[language])
        #expect(session.state.screen == .queue)
        Golden.check(session.screen, "queue-list-\(language.rawValue)-80x24")
        Golden.checkSpoken(session, "queue-list-\(language.rawValue)")
        // The passport office's queue, K, by its row (under "I have a booking").
        let row = try #require(Shipped.catalog.queueLines.firstIndex { $0.line.prefix == "K" }) + 1
        for _ in 0 ..< row { session.press(.down) }
        session.press(.enter)
        // Served first? A regular number is the first answer: one tap.
        #expect(session.state.screen == .priority)
        #expect(session.shows(QueueUIText.noPriority[language]))
        // The groups of Catalog/queue.yaml, those of the first page shown (the rest a page down).
        for group in Shipped.catalog.priorityGroups.prefix(3) { #expect(session.shows(group.name[language])) }
        Golden.check(session.screen, "priority-\(language.rawValue)-80x24")
        Golden.checkSpoken(session, "priority-\(language.rawValue)")
        session.press(.enter)
        #expect(session.state.screen == .ticket)
        #expect(session.shows(QueueUIText.yourNumber(TicketNumber(prefix: "K", sequence: 1))[language]))
        #expect(session.shows(QueueUIText.counters([14, 15])[language]))
        #expect(session.shows(QueueUIText.youAreNext[language]))
        #expect(session.effects.contains(.takeTicket(.walkIn(Shipped.catalog.queueLines[row - 1].line))))
        // No printer in kiosk.conf: nothing printed, nothing said of printing.
        #expect(!session.effects.contains { if case .print = $0 { true } else { false } })
        #expect(!session.shows(QueueUIText.printing[language]))
        Golden.check(session.screen, "ticket-\(language.rawValue)-80x24")
        Golden.checkSpoken(session, "ticket-\(language.rawValue)")
        // The number is drawn large too, in solid blocks (spaces in the text above).
        #expect(session.frame.grid.cells.contains { $0.role == .bigNumber })

        // A second citizen at the same kiosk: the next number, one person ahead, no estimate before any service.
        var next = Session(language)
        next.desk = session.desk
        try next.tap(QueueUIText.takeNumber[language])
        for _ in 0 ..< row { next.press(.down) }
        next.press(.enter)
        next.press(.enter)
        #expect(next.shows(QueueUIText.yourNumber(TicketNumber(prefix: "K", sequence: 2))[language]))
        #expect(next.shows(QueueUIText.ahead(1)[language]))
        #expect(next.shows(String(QueueUIText.notMeasured[language].prefix(30))))
    }

    @Test func aProcedureOfACenterCounterOffersItsQueueOnF6() throws {
        var session = Session(.en, width: 120, height: 40)
        Self.openProcedure(Self.passport, &session)
        #expect(session.shows("F6 " + QueueUIText.takeNumberKey.en))
        session.press(.function(6))
        #expect(session.state.screen == .priority)
        session.press(.enter)
        #expect(session.state.screen == .ticket)
        let procedure = try #require(Shipped.catalog.procedures(matchingCode: Self.passport).first)
        #expect(session.effects.contains(.takeTicket(.walkIn(QueueLine(prefix: "K", counters: [14, 15]),
                                                             procedure: procedure.code.description))))
        #expect(session.shows("Your number: K1"))
        #expect(session.shows(procedure.name.en))
        Golden.check(session.screen, "ticket-procedure-en-120x40")
        session.press(.enter)
        #expect(session.state.screen == .home)
    }

    @Test func aCommuneProcedureHasNoQueueHere() {
        var session = Session(.vi)
        Self.openProcedure(Self.birth, &session)
        #expect(!session.shows("F6 " + QueueUIText.takeNumberKey.vi))
        session.press(.function(6))
        #expect(session.state.screen != .ticket)
        #expect(!session.shows("F7 "))  // and no print key without a printer
    }

    @Test func aQueueThatDoesNotAnswerSaysSoAndIssuesNothing() throws {
        var session = Session(.vi)
        session.desk = nil
        Self.openProcedure(Self.passport, &session)
        session.press(.function(6))
        session.press(.enter)
        #expect(session.shows(String(QueueUIText.unavailable.vi.prefix(30))))
        #expect(!session.shows("Số của quý khách"))
    }

    @Test(arguments: Language.allCases)
    func theTicketIsPrintedOnTheFileDevice(language: Language) throws {
        let path = Self.scratchFile("ticket")
        var session = Session(language)
        session.app = Self.printingApp(.file(path: path))
        session.printer = Self.printer(.file(path: path))
        Self.openProcedure(Self.passport, &session)
        session.press(.function(6))
        session.press(.enter)
        #expect(session.shows(String(QueueUIText.ticketPrinted[language].prefix(25))))
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let listing = try ESCPOSDecoder(columns: 48).decode([UInt8](bytes))
        Golden.check(listing.joined(separator: "\n"), "print-ticket-\(language.rawValue)-80mm")
        #expect(listing.contains("cbL |K1"))
    }

    @Test func theChecklistInEnglishCarriesEachDocumentsVietnameseName() throws {
        let path = Self.scratchFile("checklist")
        var session = Session(.en, width: 120, height: 40)
        session.app = Self.printingApp(.file(path: path))
        session.printer = Self.printer(.file(path: path))
        Self.openProcedure(Self.passport, &session)
        #expect(session.shows("F7 " + QueueUIText.printKey.en))
        try Self.printChecklist(&session, channel: .inPerson, language: .en)
        Golden.check(session.screen, "print-channel-en-120x40")
        #expect(session.shows(String(QueueUIText.checklistPrinted.en.prefix(25))))
        let listing = try ESCPOSDecoder(columns: 48).decode([UInt8](try #require(FileManager.default.contents(atPath: path))))
        Golden.check(listing.joined(separator: "\n"), "print-checklist-en-80mm")
        let procedure = try #require(Shipped.catalog.procedures(matchingCode: Self.passport).first)
        let document = try #require(procedure.documents.first?.documents.first)
        // Both names of the first document, in one entry (the decoder's lines, joined back).
        let text = listing.map { String($0.dropFirst(5)) }.joined(separator: " ")
        #expect(text.contains(document.name.en.split(separator: " ").prefix(2).joined(separator: " ")))
        #expect(text.contains(document.name.vi.split(separator: " ").prefix(2).joined(separator: " ")))
        #expect(listing.contains { $0.hasPrefix("[QR model 2") && $0.hasSuffix(": \(procedure.online.url ?? "?")]") })
    }

    @Test func theChecklistOn58mmPaperInVietnamese() throws {
        let path = Self.scratchFile("checklist58")
        var session = Session(.vi)
        session.app = Self.printingApp(.file(path: path), paper: 58)
        session.printer = Self.printer(.file(path: path), paper: 58)
        Self.openProcedure(Self.birth, &session)
        try Self.printChecklist(&session, channel: .online, language: .vi)
        let listing = try ESCPOSDecoder(columns: 32).decode([UInt8](try #require(FileManager.default.contents(atPath: path))))
        Golden.check(listing.joined(separator: "\n"), "print-checklist-vi-58mm")
    }

    @Test func aPrinterThatRefusesNeverCostsTheCitizenTheNumber() throws {
        let port = try FakeNetworkPrinter.closedPort()
        var session = Session(.vi)
        session.app = Self.printingApp(.network(host: "127.0.0.1", port: port))
        session.printer = Self.printer(.network(host: "127.0.0.1", port: port))
        Self.openProcedure(Self.passport, &session)
        session.press(.function(6))
        session.press(.enter)
        #expect(session.shows("Số của quý khách: K1"))
        #expect(session.shows("Máy in không hoạt động"))
        Golden.check(session.screen, "ticket-printer-refused-vi-80x24")
        Golden.checkSpoken(session, "ticket-printer-refused-vi")
        // The checklist from the ticket's screen: refused too, said on the screen, the ticket still there.
        session.press(.function(7))
        #expect(session.shows("Số của quý khách: K1"))
        #expect(session.shows(String(QueueUIText.printFailed(.unreachable(""), ticket: false).vi.prefix(30))))
    }

    @Test func aPrinterOutOfPaperIsNamed() throws {
        let printer = try FakeNetworkPrinter(paperStatus: 0x72)
        var session = Session(.en)
        session.app = Self.printingApp(.network(host: "127.0.0.1", port: printer.port))
        session.printer = Self.printer(.network(host: "127.0.0.1", port: printer.port))
        Self.openProcedure(Self.passport, &session)
        try Self.printChecklist(&session, channel: .inPerson, language: .en)
        #expect(session.shows("The printer is out of paper"))
    }

    @Test func theBoardShowsEachCounterAndTheLatestCallInBothLanguages() {
        let view = BoardView(centerName: Shipped.config.center.name, lines: Shipped.catalog.queueLines.map(\.line),
                             timeZone: Shipped.timeZone)
        let board = QueueBoard(
            serving: [CalledTicket(number: TicketNumber(prefix: "K", sequence: 3), counter: 14, calledAt: Shipped.now,
                                   kind: .priority),
                      CalledTicket(number: TicketNumber(prefix: "A", sequence: 7), counter: 2,
                                   calledAt: Shipped.now.addingTimeInterval(60))],
            waiting: ["K": 4, "A": 1],
            outlook: ["K": .range(WaitRange(low: 10, high: 25, measured: 12, counters: 2)), "A": .notMeasured])
        let grid = view.render(board, away: false, size: Size(width: 80, height: 24), now: Shipped.now.addingTimeInterval(90))
        Golden.check(grid.text, "board-80x24")
        #expect(grid.text.contains("Mời số A7 đến quầy 2"))
        #expect(grid.text.contains("Number A7, please go to counter 2"))
        // A priority number marked where it is served; each line's wait in both languages, as it moves.
        #expect(grid.text.contains("14   K3 ★"))
        #expect(grid.text.contains("K 4 (10–25 phút)") && grid.text.contains("K 4 (10–25 min)"))
        #expect(grid.text.contains("A 1 (chưa đo)") && grid.text.contains("A 1 (not measured)"))
        let away = view.render(board, away: true, size: Size(width: 80, height: 24), now: Shipped.now)
        #expect(away.text.contains(QueueUIText.boardAway.en))
    }
}

/// Priority and bookings at the kiosk, as a citizen meets them, in both languages.
extension QueueTicketTests {
    static func openQueue(_ prefix: String, _ session: inout Session, _ language: Language) throws {
        try session.tap(QueueUIText.takeNumber[language])
        let row = try #require(Shipped.catalog.queueLines.firstIndex { $0.line.prefix == prefix }) + 1
        for _ in 0 ..< row { session.press(.down) }
        session.press(.enter)
    }

    @Test(arguments: Language.allCases)
    func aPriorityCitizenSaysWhichGroupAndTheTicketSaysItIsChecked(language: Language) throws {
        var session = Session(language)
        try Self.openQueue("K", &session, language)
        #expect(session.state.screen == .priority)
        session.press(.down)  // Người cao tuổi / Older person
        session.press(.enter)
        let elderly = try #require(Shipped.catalog.priorityGroup("elderly"))
        #expect(session.shows(language == .vi ? "ƯU TIÊN: \(elderly.name.vi)" : "PRIORITY: \(elderly.name.en)"))
        #expect(session.shows(String(QueueUIText.priorityChecked[language].prefix(30))))
        Golden.check(session.screen, "ticket-priority-\(language.rawValue)-80x24")
        Golden.checkSpoken(session, "ticket-priority-\(language.rawValue)")

        // The next citizen, regular: the priority citizen is called first, so one ahead.
        var next = Session(language)
        next.desk = session.desk
        try Self.openQueue("K", &next, language)
        next.press(.enter)
        #expect(next.shows(QueueUIText.ahead(1)[language]))
    }

    @Test(arguments: Language.allCases)
    func theWaitIsARangeFromTodaysServicesAndTheCountersOpen(language: Language) throws {
        var session = Session(language)
        let store = try #require(session.desk?.store)
        let day = TicketDesk.day(Shipped.now, in: Shipped.timeZone)
        let line = QueueLine(prefix: "K", counters: [14, 15])
        for _ in 0 ..< 6 { _ = try store.take(line, procedure: nil, day: day, at: Shipped.now.addingTimeInterval(-3600)) }
        // Counter 14 called at −30, −24, −20 and −12 minutes: services of 6, 4 and 8 minutes; two wait.
        for minute in [-30.0, -24, -20, -12] {
            _ = try store.call(counter: 14, line: line, day: day, at: Shipped.now.addingTimeInterval(minute * 60))
        }
        try Self.openQueue("K", &session, language)
        session.press(.enter)
        #expect(session.shows(QueueUIText.ahead(2)[language]))
        // Two ahead at 4 minutes at the quickest; three at 8 at the slowest; one counter open.
        let expected = language == .vi
            ? "Thời gian chờ ước tính: 8–24 phút (theo 3 lượt phục vụ đo hôm nay, 1 quầy đang mở)"
            : "Estimated wait: 8–24 min (from 3 services measured today, 1 counter open)"
        #expect(QueueUIText.range(WaitRange(low: 8, high: 24, measured: 3, counters: 1))[language] == expected)
        #expect(session.shows(String(expected.prefix(36))))
        Golden.check(session.screen, "ticket-range-\(language.rawValue)-80x24")
    }

    @Test(arguments: Language.allCases)
    func aBookingIsCheckedInOnceByItsCode(language: Language) throws {
        var session = Session(language)
        let store = try #require(session.desk?.store)
        let day = TicketDesk.day(Shipped.now, in: Shipped.timeZone)
        let tomorrow = TicketDesk.day(Shipped.now.addingTimeInterval(86400), in: Shipped.timeZone)
        _ = try store.importBookings([
            Booking(code: BookingCode("HK-2611")!, line: "K", procedure: nil, day: day, slotStart: Shipped.now.addingTimeInterval(-60),
                    slotEnd: Shipped.now.addingTimeInterval(840), initials: "NVA"),
            Booking(code: BookingCode("HK-2612")!, line: "K", procedure: nil, day: tomorrow, slotStart: Shipped.now.addingTimeInterval(86400),
                    slotEnd: Shipped.now.addingTimeInterval(87300), initials: "TTB"),
        ])
        try session.tap(QueueUIText.takeNumber[language])
        try session.tap(QueueUIText.haveBooking[language])
        #expect(session.state.screen == .booking)
        Golden.check(session.screen, "booking-\(language.rawValue)-80x24")
        Golden.checkSpoken(session, "booking-\(language.rawValue)")
        // Scanned from the phone's QR: the code as typed text, then Enter.
        session.type("hk-2611")
        session.press(.enter)
        #expect(session.state.screen == .ticket)
        #expect(session.shows(language == .vi ? "ĐẶT LỊCH: 09:40–09:55" : "BOOKED: 09:40–09:55"))
        #expect(session.shows(QueueUIText.yourNumber(TicketNumber(prefix: "K", sequence: 1))[language]))

        // A second citizen with the same code, another day's, one that does not exist: said, nothing issued.
        var next = Session(language)
        next.desk = session.desk
        try next.tap(QueueUIText.takeNumber[language])
        try next.tap(QueueUIText.haveBooking[language])
        for (code, refusal) in [("HK-2611", BookingRefusal.used(at: Shipped.now)), ("HK-2612", .otherDay(tomorrow)),
                                ("HK-0000", .unknown)] {
            next.type(code)
            next.press(.enter)
            #expect(next.state.screen == .booking)
            #expect(next.shows(String(QueueUIText.refused(refusal, timeZone: Shipped.timeZone)[language].prefix(30))), "\(code)")
            for _ in 0 ..< code.count { next.press(.backspace) }
        }
        next.type("HK")
        next.press(.enter)
        #expect(next.shows(String(QueueUIText.bookingMalformed[language].prefix(30))))
    }

    @Test(arguments: Language.allCases)
    func aPriorityTicketIsMarkedOnPaper(language: Language) throws {
        let path = Self.scratchFile("priority-ticket")
        var session = Session(language)
        session.app = Self.printingApp(.file(path: path))
        session.printer = Self.printer(.file(path: path))
        try Self.openQueue("K", &session, language)
        for _ in 0 ..< 3 { session.press(.down) }  // Phụ nữ mang thai / Pregnant woman
        session.press(.enter)
        #expect(session.shows(String(QueueUIText.ticketPrinted[language].prefix(25))))
        let listing = try ESCPOSDecoder(columns: 48).decode([UInt8](try #require(FileManager.default.contents(atPath: path))))
        let pregnant = try #require(Shipped.catalog.priorityGroup("pregnant"))
        let mark = language == .vi ? "ƯU TIÊN: \(pregnant.name.vi)" : "PRIORITY: \(pregnant.name.en)"
        #expect(listing.contains { $0.hasPrefix("cb-") && $0.contains(mark) }, "\(listing)")
        #expect(listing.contains { $0.contains(String(QueueUIText.priorityChecked[language].prefix(20))) }, "\(listing)")
    }
}
