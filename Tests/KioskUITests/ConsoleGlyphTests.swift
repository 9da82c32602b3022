import CaseTracking
import Foundation
import KioskGrid
import ProcedureCatalog
import QueueTickets
import Testing
@testable import KioskUI

/// Under TERM=linux the kiosk draws only what the Vietnamese console font deploy/ loads holds: every screen in
/// both languages, every procedure's sheet and every demo case, checked against the font's own Unicode table
/// (`Vietnamese-Fixed16.psf.gz` from Debian's console-setup-linux, which the test command installs).
@Suite struct ConsoleGlyphTests {
    static let fontPath = "/usr/share/consolefonts/Vietnamese-Fixed16.psf.gz"

    /// The characters the font maps, read from its PSF Unicode table.
    static func fontCharacters() throws -> Set<Unicode.Scalar> {
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gunzip.arguments = ["-dc", fontPath]
        let pipe = Pipe()
        gunzip.standardOutput = pipe
        try gunzip.run()
        let bytes = [UInt8](pipe.fileHandleForReading.readDataToEndOfFile())
        gunzip.waitUntilExit()
        return try PSFUnicodeTable.characters(bytes)
    }

    static let consoleApp = KioskApp(catalog: Shipped.catalog, index: Shipped.app.index, config: Shipped.config,
                                     timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, glyphs: .console)

    /// Characters of `text` the font lacks (spaces and the continuation of wide characters aside).
    static func missing(_ text: String, _ font: Set<Unicode.Scalar>) -> Set<Character> {
        Set(text.filter { character in
            character != "\n" && !character.unicodeScalars.allSatisfy { font.contains($0) }
        })
    }

    @Test func everyScreenInBothLanguagesAtEverySizeUsesOnlyTheFontsCharacters() throws {
        let font = try Self.fontCharacters()
        #expect(font.count > 600, "the font's table was read")
        var missing: [Character: String] = [:]
        for language in Language.allCases {
            for (width, height) in [(80, 24), (120, 40), (40, 12)] {
                for journey in GoldenScreenTests.journeys {
                    var session = Session(language, width: width, height: height)
                    session.app = Self.consoleApp
                    try journey.steps(&session)
                    for character in Self.missing(session.screen, font) {
                        missing[character] = missing[character] ?? "\(journey.name) \(language) \(width)x\(height)"
                    }
                }
            }
        }
        #expect(missing.isEmpty, "outside the console font: \(missing.map { "\($0.key) (U+\(String($0.key.unicodeScalars.first!.value, radix: 16, uppercase: true))) on \($0.value)" })")
    }

    @Test func everyProcedureAndEveryDemoCaseUsesOnlyTheFontsCharacters() throws {
        let font = try Self.fontCharacters()
        var missing: [Character: String] = [:]
        for language in Language.allCases {
            for procedure in Shipped.catalog.procedures {
                let document = TextDocument(procedure: procedure, catalog: Shipped.catalog, language: language, width: 70)
                for line in document.lines {
                    for character in Self.missing(String(line.text), font) {
                        missing[character] = missing[character] ?? procedure.code.description
                    }
                }
            }
            for (key, record) in Shipped.demo {
                let document = TextDocument(case: record, app: Self.consoleApp, language: language, today: Shipped.today,
                                            width: 70)
                for line in document.lines {
                    for character in Self.missing(String(line.text), font) { missing[character] = missing[character] ?? key }
                }
            }
        }
        #expect(missing.isEmpty, "outside the console font: \(missing.map { "\($0.key) (U+\(String($0.key.unicodeScalars.first!.value, radix: 16, uppercase: true))) in \($0.value)" })")
    }

    @Test func theGlyphSetFollowsTheTerminal() {
        #expect(Glyphs.forTerminal("linux") == .console && Glyphs.forTerminal("linux-16color") == .console)
        #expect(Glyphs.forTerminal("xterm-256color") == .full && Glyphs.forTerminal(nil) == .full)
    }
}

/// The Unicode table of a PC Screen Font (PSF1 or PSF2), as the kernel's console reads it.
enum PSFUnicodeTable {
    struct NotAFont: Error {}

    static func characters(_ bytes: [UInt8]) throws -> Set<Unicode.Scalar> {
        func u32(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
        var scalars = Set<Unicode.Scalar>()
        if bytes.count > 4, bytes[0] == 0x36, bytes[1] == 0x04 {
            // PSF1: 256 or 512 glyphs; then 16-bit little-endian code points, 0xFFFF ending each glyph's list.
            let glyphs = bytes[2] & 1 == 1 ? 512 : 256
            var at = 4 + glyphs * Int(bytes[3])
            while at + 1 < bytes.count {
                let value = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8
                at += 2
                if value < 0xFFFE, let scalar = Unicode.Scalar(value) { scalars.insert(scalar) }
            }
            return scalars
        }
        guard bytes.count > 32, bytes[0 ..< 4] == [0x72, 0xB5, 0x4A, 0x86] else { throw NotAFont() }
        // PSF2: UTF-8 sequences, 0xFF ending each glyph's list, 0xFE starting a combining sequence.
        var at = u32(8) + u32(16) * u32(20)
        var current: [UInt8] = []
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            if byte == 0xFF || byte == 0xFE {
                String(decoding: current, as: UTF8.self).unicodeScalars.forEach { scalars.insert($0) }
                current = []
            } else {
                current.append(byte)
            }
        }
        return scalars
    }
}

/// What `kiosk doctor` checks a loaded console font against.
@Suite struct ConsoleTextTests {
    @Test func allVietnameseLettersTheSymbolsAndTheCatalogAreListedAndTheShippedFontHoldsThem() throws {
        #expect(ConsoleText.vietnameseLetters.count == 134)
        let drawn = ConsoleText.characters(Shipped.catalog)
        #expect(drawn.isSuperset(of: ConsoleText.vietnameseLetters) && drawn.contains("◈"))
        let font = try ConsoleGlyphTests.fontCharacters()
        #expect(drawn.subtracting(font).isEmpty, "\(drawn.subtracting(font).map { String(Character($0)) })")
    }

    /// The board on a console (`kiosk board` under TERM=linux): priority and booked numbers marked with what the
    /// font holds, the legend too.
    @Test func theBoardsMarksAreTheFonts() throws {
        let font = try ConsoleGlyphTests.fontCharacters()
        let view = BoardView(centerName: Shipped.config.center.name, lines: Shipped.catalog.queueLines.map(\.line),
                             timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, glyphs: .console)
        let board = QueueBoard(serving: [
            CalledTicket(number: TicketNumber(prefix: "K", sequence: 3), counter: 14, calledAt: Shipped.now, kind: .priority),
            CalledTicket(number: TicketNumber(prefix: "A", sequence: 7), counter: 2, calledAt: Shipped.now.addingTimeInterval(60),
                         kind: .booked),
        ], waiting: ["K": 4], outlook: ["K": .range(WaitRange(low: 10, high: 25, measured: 12, counters: 2))])
        let text = view.render(board, away: false, size: Size(width: 128, height: 48), now: Shipped.now).text
        #expect(text.contains("K3 ♦") && text.contains("A7 ●"))
        #expect(ConsoleGlyphTests.missing(text, font).isEmpty, "\(ConsoleGlyphTests.missing(text, font))")
    }
}
