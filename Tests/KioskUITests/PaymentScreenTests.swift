import CaseTracking
import FeePayment
import Foundation
import KioskConfiguration
import KioskQR
import ProcedureCatalog
import Testing
@testable import KioskUI

/// A case that owes fees, at an agency with a collecting account: the amounts, the total in words, the account
/// to check, and F6's code to pay with a bank app; the same case at an agency without one says where to pay.
@Suite struct PaymentScreenTests {
    /// The shipped catalog with an account for the land registration office (a test's account: none is shipped).
    static let app: KioskApp = {
        var catalog = Shipped.catalog
        let index = catalog.agencies.firstIndex { $0.id == "VPDKDD" }!
        catalog.agencies[index].account = CollectingAccount(bin: "970405", number: "3100201001234",
                                                            holder: "VAN PHONG DANG KY DAT DAI BINH DUONG")
        return KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: Shipped.config, timeZone: Shipped.timeZone)
    }()

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
}
