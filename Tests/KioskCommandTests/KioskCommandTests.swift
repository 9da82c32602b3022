import TestSupport
import Foundation
import Testing

@Suite("The kiosk command line")
struct KioskCommandTests {
    @Test("validate summarises a good catalog per level and field, exit 0")
    func validateGood() throws {
        let result = try Kiosk.run(["validate", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Catalog is valid: Bình Dương Province"))
        #expect(result.stdout.contains("By level:") && result.stdout.contains("Commune level"))
        #expect(result.stdout.contains("By field:") && result.stdout.contains("Civil status (HT)"))
    }

    @Test("validate lists every problem of a bad catalog, exit 1")
    func validateBad() throws {
        let folder = TestScratch.root + "bad-catalog-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Kiosk.root.appendingPathComponent("Catalog").path, toPath: folder)
        let file = "\(folder)/procedures/ht/1.001193.000.00.00.H08.yaml"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "field: HT", with: "field: NOPE")
            .replacingOccurrences(of: "  en: Birth registration\n", with: "")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Kiosk.run(["validate", "--catalog", folder, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("1.001193.000.00.00.H08.yaml"))
        #expect(result.stderr.contains("1.001193.000.00.00.H08: name.en: English text (en) is missing"))
        #expect(result.stderr.contains("1.001193.000.00.00.H08: field: unknown field “NOPE”"))
        #expect(result.stderr.contains("2 problem(s)"))
    }

    @Test("search prints code, name, field and level; JSON has the documented keys")
    func search() throws {
        let text = try Kiosk.run(["search", "dang", "ky", "khai", "sinh", "--limit", "2"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("1.001193.000.00.00.H08  Đăng ký khai sinh  [Hộ tịch · Cấp xã]"))
        #expect(text.stdout.split(separator: "\n").count == 2)

        let json = try Kiosk.run(["search", "birth registration", "--json", "--lang", "en"])
        #expect(json.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let first = try #require(array.first)
        for key in ["code", "name", "field", "level", "score"] { #expect(first[key] != nil, "\(key)") }
        #expect(first["code"] as? String == "1.001193.000.00.00.H08")
        #expect(first["name"] as? String == "Birth registration")
    }

    @Test("a search that finds nothing exits 1 with a message")
    func searchNothing() throws {
        let result = try Kiosk.run(["search", "xyzqwv", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No procedure found"))
    }

    @Test("show prints the whole procedure in the chosen language")
    func show() throws {
        let en = try Kiosk.run(["show", "1.001193", "--lang", "en"])
        #expect(en.status == 0)
        for heading in ["Birth registration", "Required documents", "Steps", "Who may apply", "Legal basis",
                        "60/2014/QH13 — Law on Civil Status (National Assembly, 20/11/2014)", "In person"] {
            #expect(en.stdout.contains(heading), "\(heading)")
        }
        let vi = try Kiosk.run(["show", "1.001193.000.00.00.H08", "--lang", "vi"])
        #expect(vi.stdout.contains("Thành phần hồ sơ") && vi.stdout.contains("Căn cứ pháp lý"))
    }

    @Test("show --json gives the record in both languages")
    func showJSON() throws {
        let result = try Kiosk.run(["show", "2.000488", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["code"] as? String == "2.000488.000.00.00.H08")
        #expect((object["name"] as? [String: String])?["en"]?.contains("Criminal record") == true)
        #expect(object["legal_basis"] != nil && object["channels"] != nil && object["documents"] != nil)
    }

    @Test("an unknown code exits 1")
    func showUnknown() throws {
        let result = try Kiosk.run(["show", "9.999999", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No procedure has the code “9.999999”"))
    }

    @Test("usage errors exit 2", arguments: [["search"], ["show"], ["validate", "--frobnicate"], ["nonsense"], ["search", "x", "--limit", "0"]])
    func usage(arguments: [String]) throws {
        let result = try Kiosk.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
    }

    @Test("--help works everywhere", arguments: [["--help"], ["validate", "--help"], ["search", "--help"], ["show", "--help"], ["generate", "--help"]])
    func help(arguments: [String]) throws {
        let result = try Kiosk.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
    }

    @Test("a bad kiosk.conf is refused naming the key and line, exit 1")
    func badConfig() throws {
        let file = TestScratch.root + "kiosk-\(UUID().uuidString).conf"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "[kiosk]\nidle_timeout_seconds = \"soon\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Kiosk.run(["validate", "--config", file, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):2: kiosk.idle_timeout_seconds: wrong type, expected an integer"))
    }

    @Test("generate writes a synthetic catalog that validates")
    func generate() throws {
        let folder = TestScratch.root + "generated-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try Kiosk.run(["generate", "--procedures", "1200", "--out", folder]).status == 0)
        let result = try Kiosk.run(["validate", "--catalog", folder, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1200 procedures"))
        #expect(result.stdout.contains("WARNING: 1200 procedures are synthetic data."))
    }
}
