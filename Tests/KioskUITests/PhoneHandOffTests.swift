import CaseTracking
import Foundation
import KioskGrid
import ProcedureCatalog
import TestSupport
import Testing
@testable import KioskUI

/// The QR hand-off as a phone meets it: the modules the screen draws, read back by zbar, give exactly the
/// address; the code moves to its own screen where the procedure's screen is too small, and where even that
/// is too small the address is shown as text.
@Suite struct PhoneHandOffTests {
    static let birth = "khai sinh"

    /// The procedure a citizen reaches by typing `query` and Enter.
    static func procedure(_ session: Session) throws -> Procedure {
        guard case .procedure(let screen)? = session.state.stack.last else {
            throw ScreenError(text: "a procedure screen", screen: session.screen)
        }
        return Shipped.catalog.procedures[screen.position]
    }

    static func onAProcedure(_ session: Session) -> Bool {
        if case .procedure = session.state.screen { return true }
        return false
    }

    @Test(arguments: Language.allCases)
    func aProcedureOnA80x24TerminalHandsOverOnItsOwnScreen(language: Language) throws {
        var session = Session(language)
        session.type(Self.birth)
        session.press(.enter)
        let procedure = try Self.procedure(session)
        let url = try #require(procedure.online.url)
        // Too low for the code beside the text: no modules on the procedure's screen, F5 offered instead.
        #expect(try GridQR.modules(session.frame.grid) == nil)
        #expect(session.shows("F5 " + UIText.phoneKey[language]))
        session.press(.function(5))
        #expect(session.state.screen == .phone)
        #expect(try GridQR.read(session.frame.grid) == [url])
        // The whole screen: the center's header gives way to the code, the words stand beside it.
        #expect(!session.shows(Shipped.config.center.name[language]))
        #expect(session.shows(procedure.name[language]))
        #expect(session.shows(String(UIText.phoneOpensOnline("dichvucong.gov.vn")[language].prefix(20))))
        try session.tap("← " + UIText.back[language])
        #expect(Self.onAProcedure(session))
    }

    @Test func anInformationOnlyEntryOpensItsPortalPage() throws {
        var session = Session(.en)
        session.type("2.001716")
        session.press(.enter)
        let procedure = try Self.procedure(session)
        let portal = try #require(procedure.listing.portal)
        session.press(.function(5))
        #expect(try GridQR.read(session.frame.grid) == [portal])
        #expect(session.shows("page on the public service"))
    }

    @Test(arguments: [(120, 40), (200, 60)])
    func aLargeScreenShowsTheCodeBesideTheProcedure(width: Int, height: Int) throws {
        var session = Session(.vi, width: width, height: height)
        session.type(Self.birth)
        session.press(.enter)
        let url = try #require(try Self.procedure(session).online.url)
        #expect(try GridQR.read(session.frame.grid) == [url])
        #expect(session.shows("Mã này mở trang nộp hồ sơ"))
        // The text still reads beside it, and F5 still gives the larger code with Back and Home.
        #expect(session.shows("Thành phần hồ sơ"))
        session.press(.function(5))
        #expect(try GridQR.read(session.frame.grid) == [url])
        session.press(.escape)
        #expect(Self.onAProcedure(session))
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func aCaseHandsOverItsFollowUpPage(width: Int, height: Int) throws {
        var session = Session(.en, width: width, height: height)
        session.openCase("documents-needed-land")
        let receipt = Shipped.demo["documents-needed-land"]!.receipt.description
        let url = Shipped.config.caseLookupURL.replacingOccurrences(of: "{receipt}", with: receipt)
        #expect(url.hasSuffix("ma-ho-so=" + receipt))
        if width >= 200 {
            #expect(try GridQR.read(session.frame.grid) == [url])
        }
        session.press(.function(5))
        #expect(session.state.screen == .phone)
        #expect(try GridQR.read(session.frame.grid) == [url])
        #expect(session.shows("Case " + receipt))
        // Nothing of the case but its number, which is on the slip already, goes into the code.
        let owner = Shipped.owners["documents-needed-land"]!
        #expect(!url.contains(owner.idLast4))
    }

    @Test func withoutALookUpPageACaseOffersNoCode() throws {
        var config = Shipped.config
        config.caseLookupURL = ""
        var session = Session(.en)
        session.app = KioskApp(catalog: Shipped.catalog, index: Shipped.app.index, config: config,
                               timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
        session.openCase("documents-needed-land")
        #expect(session.state.screen == .caseResult)
        #expect(!session.shows("F5"))
        session.press(.function(5))
        #expect(session.state.screen == .caseResult)
    }

    @Test func aProcedureWithNoAddressOffersNoCode() throws {
        var procedure = try #require(Shipped.catalog.procedures.first { $0.online.url != nil })
        procedure.online = OnlineService(level: .information, url: nil)
        procedure.listing.portal = nil
        #expect(PhoneLink.procedure(procedure) == nil)
        procedure.listing.portal = "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1"
        #expect(PhoneLink.procedure(procedure)?.url == procedure.listing.portal)
    }

    /// The Linux console (no half blocks): a module two cells wide and one row high, on the whole screen of a
    /// console of 1024x768 (128x48 cells); a console of 80x25 is too small for it and shows the address.
    @Test func theLinuxConsoleDrawsModulesTwoCellsWide() throws {
        var session = Session(.vi, width: 128, height: 48)
        session.app = ConsoleGlyphTests.consoleApp
        session.type(Self.birth)
        session.press(.enter)
        let url = try #require(try Self.procedure(session).online.url)
        session.press(.function(5))
        #expect(session.frame.grid.cells.filter(GridQR.isModule).allSatisfy { $0.text == " " })
        #expect(try GridQR.read(session.frame.grid, wide: true) == [url])
        #expect(session.shows("Mã này mở trang nộp hồ sơ"))

        var small = Session(.vi, width: 80, height: 25)
        small.app = ConsoleGlyphTests.consoleApp
        small.type(Self.birth)
        small.press(.enter, .function(5))
        #expect(try GridQR.modules(small.frame.grid) == nil)
        #expect(small.shows(String(url.prefix(20))))
    }

    @Test(arguments: Language.allCases)
    func aTinyTerminalShowsTheAddressAsText(language: Language) throws {
        var session = Session(language, width: 40, height: 12)
        session.type("ho chieu")
        session.press(.enter)
        let url = try #require(try Self.procedure(session).online.url)
        session.press(.function(5))
        #expect(try GridQR.modules(session.frame.grid) == nil)
        #expect(session.shows(String(UIText.phoneTooSmall[language].prefix(15))))
        #expect(session.shows(String(url.prefix(30))))
    }

    @Test(arguments: Language.allCases)
    func theCodeIsDarkOnLightInTheCodesOwnRole(language: Language) throws {
        var session = Session(language)
        session.type(Self.birth)
        session.press(.enter, .function(5))
        let grid = session.frame.grid
        let cells = grid.cells.filter(GridQR.isModule)
        #expect(cells.contains { $0.role == .qrCode } && cells.contains { $0.role == .qrCodeDark })
        #expect(cells.allSatisfy { [" ", "▄"].contains($0.text) })
    }
}

/// The modules of the QR code on a grid, from its cells' roles and characters: the upper module is the cell's
/// background (dark in `.qrCodeDark`), the lower the same unless the cell shows `▄`. With `wide` (the console's
/// drawing), a module is two cells of one row, in background colour only.
enum GridQR {
    static func isModule(_ cell: Cell) -> Bool { cell.role == .qrCode || cell.role == .qrCodeDark }

    static func modules(_ grid: Grid, wide: Bool = false) throws -> [[Bool]]? {
        var box: (minX: Int, minY: Int, maxX: Int, maxY: Int)?
        for y in 0 ..< grid.size.height {
            for x in 0 ..< grid.size.width where isModule(grid[x, y]) {
                box = box.map { (min($0.minX, x), min($0.minY, y), max($0.maxX, x), max($0.maxY, y)) } ?? (x, y, x, y)
            }
        }
        guard let box else { return nil }
        var rows: [[Bool]] = []
        if wide {
            guard (box.maxX - box.minX + 1) % 2 == 0 else { throw ScreenError(text: "modules two cells wide", screen: grid.text) }
            for y in box.minY ... box.maxY {
                rows.append(try stride(from: box.minX, to: box.maxX, by: 2).map { x in
                    let (left, right) = (grid[x, y], grid[x + 1, y])
                    guard isModule(left), left.role == right.role, left.text == " ", right.text == " " else {
                        throw ScreenError(text: "a whole QR code of two-cell modules", screen: grid.text)
                    }
                    return left.role == .qrCodeDark
                })
            }
            return rows
        }
        for y in box.minY ... box.maxY {
            var top: [Bool] = [], bottom: [Bool] = []
            for x in box.minX ... box.maxX {
                let cell = grid[x, y]
                guard isModule(cell) else { throw ScreenError(text: "a whole QR code", screen: grid.text) }
                let dark = cell.role == .qrCodeDark
                top.append(dark)
                bottom.append(cell.text == "▄" ? !dark : dark)
            }
            rows += [top, bottom]
        }
        return rows
    }

    /// What zbar reads in the grid's code.
    static func read(_ grid: Grid, wide: Bool = false) throws -> [String] {
        guard let rows = try modules(grid, wide: wide) else { return [] }
        return try QRReader.read(rows)
    }
}
