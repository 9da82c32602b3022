import Foundation
import Testing
@testable import KioskConfiguration
import ProcedureCatalog

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

@Suite("kiosk.conf")
struct KioskConfigTests {
    private func problems(_ text: String) -> [ConfigProblem] {
        do {
            _ = try KioskConfig.parse(text, file: "kiosk.conf", baseFolder: ".")
            return []
        } catch {
            return error.problems
        }
    }

    @Test("the shipped kiosk.conf loads, with paths resolved against its folder")
    func shipped() throws {
        let config = try KioskConfig.load(file: "\(root)/kiosk.conf")
        #expect(config.center.name.vi.contains("Bình Dương"))
        #expect(!config.center.name.en.isEmpty)
        #expect(config.defaultLanguage == .vi)
        #expect(config.idleTimeoutSeconds == 90)
        #expect(config.catalogPath == "\(root)/Catalog")
        #expect(config.center.website.hasPrefix("https://"))
    }

    @Test("an empty file gives the defaults")
    func defaults() throws {
        #expect(try KioskConfig.parse("", file: "kiosk.conf", baseFolder: ".") == KioskConfig.defaults)
    }

    @Test("an unknown key names the key and its line")
    func unknownKey() throws {
        let found = problems("[kiosk]\n# comment\nidle_timeout = 30\n")
        #expect(found == [ConfigProblem(file: "kiosk.conf", line: 3, key: "kiosk.idle_timeout", kind: .unknownKey)])
        #expect(found[0].message(in: .en) == "kiosk.conf:3: kiosk.idle_timeout: unknown setting")
    }

    @Test("an unknown section is an unknown key")
    func unknownSection() {
        #expect(problems("[display]\ntheme = \"dark\"\n").map(\.key) == ["display"])
    }

    @Test("a wrong type names the key and its line")
    func wrongType() {
        let found = problems("[kiosk]\ndefault_language = \"vi\"\nidle_timeout_seconds = \"ninety\"\n")
        #expect(found.count == 1)
        #expect(found.first?.key == "kiosk.idle_timeout_seconds")
        #expect(found.first?.line == 3)
        #expect(found.first?.kind == .wrongType(expected: "an integer"))
    }

    @Test("every problem is reported at once")
    func allAtOnce() {
        let found = problems("""
            [center]
            name = { vi = "Trung tâm" }
            website = "dichvucong.example"
            [kiosk]
            default_language = "fr"
            idle_timeout_seconds = 5
            """)
        #expect(Set(found.map(\.key)) == ["center.name.en", "center.website", "kiosk.default_language", "kiosk.idle_timeout_seconds"])
        #expect(found.first { $0.key == "kiosk.idle_timeout_seconds" }?.kind == .outOfRange(5, 15...3600))
    }

    @Test("TOML syntax errors give the line")
    func syntax() {
        let found = problems("[kiosk]\ndefault_language = \n")
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
    }

    @Test("a missing file is reported in both languages")
    func missingFile() {
        do {
            _ = try KioskConfig.load(file: "/nonexistent/kiosk.conf")
            Issue.record("must fail")
        } catch {
            #expect(error.problems.first?.message(in: .en).contains("/nonexistent/kiosk.conf") == true)
            #expect(error.problems.first?.message(in: .vi).contains("không đọc được") == true)
        }
    }

    @Test("a quoted key holding an escape sequence is reported inertly")
    func escapeInKey() {
        let found = problems("[kiosk]\n\"\\u001b[2J\" = 1\n")
        #expect(found.count == 1)
        #expect(found.first?.message(in: .en).contains("<U+001B>[2J") == true)
        #expect(found.first?.message(in: .vi).unicodeScalars.contains { $0.value == 0x1B } == false)
    }

    @Test("control characters in a setting are refused")
    func controlCharacters() {
        let found = problems("[center]\nhotline = \"1022\\u001b[2J\"\n")
        #expect(found.map(\.key) == ["center.hotline"])
    }
}

@Suite struct KeyChordTests {
    @Test(arguments: ["ctrl-x ctrl-q", "F12 F10", "ctrl-k ctrl-k ctrl-k ctrl-k", "f1 x"])
    func acceptsKeyNames(text: String) {
        #expect(KeyChord(parsing: text) != nil)
    }

    @Test(arguments: ["ctrl-x", "", "ctrl-x ctrl-q f1 f2 f3", "alt-x ctrl-q", "f13 f1", "ctrl-1 f1", "é f1"])
    func refusesWhatIsNotAChord(text: String) {
        #expect(KeyChord(parsing: text) == nil)
    }

    @Test func defaultIsCtrlXCtrlQ() throws {
        let config = try KioskConfig.parse("", file: "kiosk.conf", baseFolder: ".")
        #expect(config.staffExitChord == KeyChord(strokes: [.control("x"), .control("q")]))
        #expect(config.staffExitChord.description == "ctrl-x ctrl-q")
    }

    @Test func aBadChordIsReportedWithItsLineInBothLanguages() throws {
        let text = "[kiosk]\ndefault_language = \"vi\"\n[staff]\nexit_chord = \"ctrl-x\"\n"
        let error = try #require(throws: ConfigProblems.self) {
            try KioskConfig.parse(text, file: "kiosk.conf", baseFolder: ".")
        }
        let problem = try #require(error.problems.first)
        #expect(problem.line == 4)
        #expect(problem.key == "staff.exit_chord")
        #expect(problem.message(in: .en).contains("ctrl-x ctrl-q"))
        #expect(problem.message(in: .vi).contains("2 đến 4 phím"))
    }
}

@Suite struct KioskConfigControlCharacterTests {
    /// Found by the kiosk.conf fuzzer: a NUL made the TOML parser (toml++) fail an assertion and abort.
    @Test func aNULByteIsRefusedWithItsLine() throws {
        let text = "[kiosk]\ndefault_language = \"vi\"\n[staff]\nexit_ch\u{0}ord = \"ctrl-x\"\n"
        let error = try #require(throws: ConfigProblems.self) {
            try KioskConfig.parse(text, file: "kiosk.conf", baseFolder: ".")
        }
        #expect(error.problems.first?.line == 4)
        #expect(error.problems.first?.message(in: .en).contains("control character U+0000") == true)
    }
}

@Suite struct TOMLPrecheckTests {
    /// Found by the kiosk.conf fuzzer: a non-ASCII character where a key is expected made toml++ abort.
    @Test func nonASCIIOutsideStringsIsRefusedWithItsLine() throws {
        let text = "[center]\nhotline = \"1022\"\n[\u{FFFD}uimet_ch]\n"
        let error = try #require(throws: ConfigProblems.self) {
            try KioskConfig.parse(text, file: "kiosk.conf", baseFolder: ".")
        }
        #expect(error.problems.first?.line == 3)
    }

    @Test func vietnameseInStringsAndCommentsIsFine() throws {
        let text = """
            # Cấu hình kiosk — tiếng Việt trong chú thích
            [center]
            name = { vi = "Trung tâm \\"Phục vụ\\" hành chính công", en = 'Center' }
            address = { vi = \"\"\"Tầng 1
            Tháp A\"\"\", en = '''Floor 1'''}
            """
        let config = try KioskConfig.parse(text, file: "kiosk.conf", baseFolder: ".")
        #expect(config.center.name.vi == "Trung tâm \"Phục vụ\" hành chính công")
        #expect(config.center.address.vi == "Tầng 1\nTháp A")
    }

    @Test func theShippedKioskConfPasses() throws {
        let text = try String(contentsOfFile: root + "/kiosk.conf", encoding: .utf8)
        #expect(TOMLPrecheck.firstProblem(text) == nil)
    }
}

@Suite struct TOMLPrecheckFuzzFindingsTests {
    /// Inputs the kiosk.conf fuzzer found aborting the TOML parser (toml++ assertions); each must be refused with a
    /// line instead. Kept as files in Fuzz/corpus/config too.
    @Test(arguments: [
        "[#3###\n", "[\nidle = 1\n", "[\t\t\r", "[cases]\nholidays = [\"2026-01-01\", }\n", "a = ,\n", "[a.]\n",
        "a = { , }\n", "x = 1\r", "[é]\n",
    ])
    func refusedWithALine(text: String) {
        let problem = TOMLPrecheck.firstProblem(text)
        #expect(problem != nil, "\(text.debugDescription)")
        #expect((problem?.line ?? 0) >= 1)
    }

    @Test(arguments: [
        "a = [\n  \"x\", # comment\n  \"y\",\n]\n", "[a.b]\nc = { d = 1, e = [1, 2] }\n", "a = []\n", "a = {}\n",
        "a = \"\"\"x\"\"\"\"\n", "# only a comment", "",
    ])
    func validTOMLPasses(text: String) {
        #expect(TOMLPrecheck.firstProblem(text) == nil, "\(text.debugDescription)")
    }
}
