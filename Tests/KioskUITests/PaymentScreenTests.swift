import CaseTracking
import FeePayment
import Foundation
import KioskConfiguration
import KioskQR
import KioskPrinting
import ProcedureCatalog
import TestSupport
import Testing
@testable import KioskUI

/// A case that owes fees, at an agency with a collecting account: the amounts, the total in words, the account
/// to check, and F6's code to pay with a bank app; the same case at an agency without one says where to pay.
@Suite struct PaymentScreenTests {
    /// The shipped catalog with an account for the land registration office (a test's account: none is shipped).
    static let app = makeApp()

    static func makeApp(printer: PrinterSettings? = nil, ceiling: Int = 100_000_000) -> KioskApp {
        var catalog = Shipped.catalog
        let index = catalog.agencies.firstIndex { $0.id == "VPDKDD" }!
        catalog.agencies[index].account = CollectingAccount(bin: "970405", number: "3100201001234",
                                                            holder: "VAN PHONG DANG KY DAT DAI BINH DUONG")
        var config = Shipped.config
        config.printer = printer
        config.paymentCeiling = ceiling
        return KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: config, timeZone: Shipped.timeZone)
    }

    @Test(arguments: Language.allCases)
    func theCaseScreenShowsTheAccountAndF6TheCode(language: Language) throws {
        var session = Session(language, width: 120, height: 40)
        session.app = Self.app
        session.openCase("payment-land-transfer-fee")
        let receipt = Shipped.demo["payment-land-transfer-fee"]!.receipt.description
        #expect(session.shows(String(PaymentUIText.payWithKey[language].prefix(30))))
        #expect(session.shows("3100201001234") && session.shows("VAN PHONG DANG KY DAT DAI BINH DUONG"))
        #expect(session.shows(language == .vi ? "350.000 đ (ba trăm năm mươi nghìn đồng)" : "350,000 VND (three hundred fifty thousand dong)"))
        #expect(session.shows("F6 " + PaymentUIText.key[language]))
        session.press(.function(6))
        #expect(session.state.screen == .phone)
        #expect(session.shows(PaymentUIText.title[language]))
        #expect(session.shows("Agribank") && session.shows(receipt))
        Golden.check(session.screen, "payment-\(language.rawValue)-120x40")
        // Hall speech: the amount, the bank, the holder; the account number and the receipt number only into
        // headphones.
        Golden.checkSpoken(session, "payment-\(language.rawValue)")
        Golden.checkSpoken(session, "payment-\(language.rawValue)-headphones", privately: true)
        let (hall, headphones) = (Self.spoken(session, privately: false), Self.spoken(session, privately: true))
        for label in [PaymentUIText.accountNumber[language], PaymentUIText.purpose[language]] {
            #expect(!hall.contains(label) && headphones.contains(label), "\(label)")
        }
        #expect(hall.contains("Agribank") && hall.contains(PaymentUIText.holder[language]))
        // The code on screen is the case's: made from its amounts and the agency's account.
        guard case .phone(let screen)? = session.state.stack.last, case .payment(let code) = screen.content else {
            Issue.record("no payment code on screen")
            return
        }
        #expect(code.total == 350_000 && code.qr.purpose == receipt && code.qr.account == "3100201001234")
    }

    @Test func withoutAnAccountTheCaseSaysWhereToPayAndHasNoCode() {
        var session = Session(.vi)
        session.openCase("payment-land-transfer-fee")
        #expect(session.shows(String(PaymentUIText.payElsewhere.vi.prefix(30))))
        #expect(!session.shows("F6 " + PaymentUIText.key.vi))
        session.press(.function(6))
        #expect(session.state.screen == .caseResult)
    }

    /// The two sizes the issue names: at 80x24 the code takes the rows beside its words; at 200x60 it sits in
    /// the body. Either way the cells hold the whole payload (what a phone decodes, checked in an xterm by
    /// scripts/qr-phone).
    @Test(arguments: [(80, 24), (200, 60)])
    func theCodeFits(width: Int, height: Int) throws {
        var session = Session(.vi, width: width, height: height)
        session.app = Self.app
        session.openCase("payment-land-transfer-fee")
        session.press(.function(6))
        guard case .phone(let screen)? = session.state.stack.last else {
            Issue.record("no code screen")
            return
        }
        switch screen.placement(ScreenContext(app: session.app, state: session.state)) {
        case .inBody, .wholeScreen: break
        case .address: Issue.record("no room for the code at \(width)x\(height)")
        }
    }

    static func spoken(_ session: Session, privately: Bool) -> String {
        var app = session.app
        app.speechAvailable = true
        app.speechPrivate = privately
        var state = session.state
        state.speaking = true
        return app.spoken(state)
    }

    /// F7 on the case prints the slip: the amounts, the account, and the code in the printer's own QR command;
    /// drawn as a printer draws it, zbar reads the payload back and the PyPI parser agrees on every field.
    @Test(arguments: Language.allCases)
    func theCaseSlipPrintsTheCode(language: Language) throws {
        let path = TestScratch.root + "case-slip-\(UUID().uuidString).bin"
        let device = PrinterSettings.Device.file(path: path)
        var session = Session(language)
        session.app = Self.makeApp(printer: PrinterSettings(device: device))
        session.printer = ReceiptPrinter(connection: PrinterConnection(device: device, deadline: 30),
                                         encoder: ESCPOSEncoder(PrinterSettings(device: device)))
        session.openCase("payment-land-transfer-fee")
        #expect(session.shows("F7 " + PaymentUIText.printSlip[language]))
        session.press(.function(7))
        #expect(session.shows(String(PaymentUIText.slipPrinted[language].prefix(25))))
        let listing = try ESCPOSDecoder(columns: 48).decode([UInt8](try #require(FileManager.default.contents(atPath: path))))
        Golden.check(listing.joined(separator: "\n"), "print-case-slip-\(language.rawValue)-80mm")
        let receipt = Shipped.demo["payment-land-transfer-fee"]!.receipt.description
        let qr = try #require(listing.first { $0.contains("[QR model 2") })
        let payload = String(try #require(qr.split(separator: ": ", maxSplits: 1).last).dropLast())
        #expect(try IndependentReaders.printedQR(payload) == payload)
        #expect(try IndependentReaders.vietQR(payload) == ["True", "970405", "3100201001234", "350000", receipt])
        // No owner on paper.
        #expect(!listing.contains { $0.contains("Lưu") })
    }

    /// Above the ceiling the case shows its amounts and where to pay, no code, and the kiosk logs it (the reason,
    /// the total, the agency: nothing of the citizen).
    @Test func overTheCeilingNoCodeAndTheOperatorIsTold() {
        var session = Session(.en)
        session.app = Self.makeApp(ceiling: 300_000)
        session.openCase("payment-land-transfer-fee")
        #expect(session.shows(String(PaymentUIText.payElsewhere.en.prefix(30))))
        #expect(!session.shows("F6 " + PaymentUIText.key.en))
        let withheld = session.effects.compactMap { effect -> PaymentWithheld? in
            if case .paymentWithheld(let withheld) = effect { return withheld }
            return nil
        }
        #expect(withheld.map(\.reason) == ["over_ceiling"] && withheld.first?.total == 350_000 && withheld.first?.agency == "VPDKDD")
    }

    /// Once the cashier's bank statement shows the transfer (`kiosk payments import`), the case says so and offers
    /// no code: enough sent, wait for the agency; less than owed, see the cashier. Its status stays what the
    /// one-door system says. The slip says the same and prints no code.
    @Test(arguments: Language.allCases)
    func aTransferOnTheStatementTakesTheCodeAway(language: Language) throws {
        let key = "payment-land-transfer-fee"
        func session(received amounts: [Int]) -> Session {
            var record = Shipped.demo[key]!
            record.transfers = amounts.enumerated().map {
                ReceivedTransfer(reference: "FT\($0.offset)", amount: $0.element, credited: LocalDay("2026-12-05")!)
            }
            var others = Shipped.demo
            others[key] = record
            var session = Session(language, width: 120, height: 40)
            session.app = Self.app
            session.lookup = CaseLookup(store: MemoryStore(records: Array(others.values)), secondFactor: Shipped.key,
                                        kiosk: "test", policy: Shipped.policy)
            session.openCase(key)
            return session
        }
        var sent = session(received: [350_000])
        #expect(sent.shows(language == .vi ? "Đã nhận chuyển khoản 350.000 đ ngày 05/12/2026"
                                           : "A transfer of 350,000 VND was received on 05/12/2026"))
        #expect(sent.shows(language == .vi ? "Không cần nộp lại." : "Do not pay again."))
        #expect(sent.shows(CaseStatus.paymentNeeded.name[language].uppercased()), "the status stays the one-door system's")
        #expect(!sent.shows("F6 " + PaymentUIText.key[language]) && !sent.shows("3100201001234"))
        sent.press(.function(6))
        #expect(sent.state.screen == .caseResult)
        Golden.check(sent.screen, "payment-sent-\(language.rawValue)-120x40")
        let short = session(received: [100_000])
        #expect(short.shows(language == .vi ? "Đã nhận chuyển khoản 100.000 đ, ít hơn số phải nộp"
                                            : "A transfer of 100,000 VND was received, less than the total"))
        #expect(!short.shows("F6 " + PaymentUIText.key[language]) && !short.shows("3100201001234"))
    }
}
