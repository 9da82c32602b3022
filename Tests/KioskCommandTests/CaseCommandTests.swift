import CaseTracking
import TestSupport
import Foundation
import Testing
import TOMLKit

/// A kiosk.conf in a temporary folder whose case database, log and var/ are private to one test: the shipped
/// kiosk.conf read as TOML, the settings a test needs set by section and key, written back. The folder goes
/// with the value.
final class TemporaryKiosk {
    let folder = TestScratch.root + "kiosk-cases-" + UUID().uuidString
    var config: String { folder + "/kiosk.conf" }
    var database: String { folder + "/cases.sqlite" }

    /// A copy of the shipped catalog, for tests that change it.
    var catalogCopy: String { folder + "/Catalog" }

    init(secondFactor: Bool = true, idleTimeout: Int? = nil, exitChord: String? = nil, copyCatalog: Bool = false,
         attractAfter: Int? = nil, pinHash: String? = nil,
         settings more: [(section: String, key: String, value: any TOMLValueConvertible)] = []) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var catalog = Kiosk.root.path + "/Catalog"
        if copyCatalog {
            try FileManager.default.copyItem(atPath: catalog, toPath: catalogCopy)
            catalog = catalogCopy
        }
        var settings: [(section: String, key: String, value: any TOMLValueConvertible)] = [
            ("paths", "catalog", catalog), ("paths", "cases_database", database), ("paths", "log", folder + "/kiosk.log"),
            ("cases", "second_factor", secondFactor),
            // No sound card where the tests run: speech is set by the tests that use it.
            ("speech", "output", ""), ("board", "call_aloud", ""),
        ]
        if let idleTimeout { settings.append(("kiosk", "idle_timeout_seconds", idleTimeout)) }
        if let attractAfter {
            settings += [("demo", "attract_loop", true), ("demo", "attract_after_seconds", attractAfter),
                         ("demo", "pace_seconds", 2)]
        }
        if let exitChord { settings.append(("staff", "exit_chord", exitChord)) }
        if let pinHash { settings.append(("staff", "pin_hash", pinHash)) }
        settings += more
        let shipped = try String(contentsOf: Kiosk.root.appendingPathComponent("kiosk.conf"), encoding: .utf8)
        let table = try TOMLTable(string: shipped)
        for (section, key, value) in settings {
            let part = try #require(table[section]?.table, "kiosk.conf has no [\(section)]")
            try #require(part[key] != nil, "kiosk.conf has no \(section).\(key)")
            part[key] = value
            table[section] = part
        }
        try table.convert(to: .toml).write(toFile: config, atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The kiosk's case database (or another file made with its key), as the kiosk opens it.
    func caseStore(path: String? = nil) throws -> SQLiteCaseStore {
        let key = try SecondFactorKeyFile.load(folder + "/var/second-factor.key", create: false)
        return try SQLiteCaseStore(path: path ?? database, key: key)
    }

    /// Seeds the demo cases; returns them by key: receipt number, ID digits, status code.
    func seed() throws -> [String: (receipt: String, last4: String, status: Int)] {
        let result = try Kiosk.run(["cases", "seed", "--config", config])
        guard result.status == 0 else { throw TmuxError.failed("seed: \(result.stderr)") }
        var cases: [String: (String, String, Int)] = [:]
        for line in result.stdout.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if parts.count == 4, let status = Int(parts[2]) { cases[parts[3]] = (parts[0], parts[1], status) }
        }
        return cases
    }
}

@Suite("Case commands")
struct CaseCommandTests {
    @Test("cases seed lists 44 demo cases with their ID digits")
    func seed() throws {
        let kiosk = try TemporaryKiosk()
        let cases = try kiosk.seed()
        #expect(cases.count == 44)
        #expect(Set(cases.values.map(\.status)) == Set(1...10))
    }

    @Test("status prints the case with the name masked, and JSON with the documented fields")
    func status() throws {
        let kiosk = try TemporaryKiosk()
        let demo = try kiosk.seed()["payment-land-transfer-fee"]!
        let text = try Kiosk.run(["status", demo.receipt.lowercased().replacingOccurrences(of: "-", with: " "),
                                  "--id-last4", demo.last4, "--config", kiosk.config, "--lang", "en"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("[6] A fee or tax must be paid"))
        #expect(text.stdout.contains("Applicant: Lưu T** T****"))
        #expect(!text.stdout.contains("Lưu Thị Thanh"))
        let json = try Kiosk.run(["status", demo.receipt, "--id-last4", demo.last4, "--json", "--config", kiosk.config])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["receipt"] as? String == demo.receipt)
        #expect(object?["status_code"] as? Int == 6)
        #expect(object?["status"] as? String == "Cần nộp phí, lệ phí, thuế")
        #expect(object?["procedure_code"] as? String == "1.012783.000.00.00.H08")
        #expect(object?["appointment"] is String)
        #expect((object?["history"] as? [Any])?.isEmpty == false)
        #expect(!json.stdout.contains("074"), "no ID number in the output")
    }

    @Test("an unknown receipt and wrong digits give the same answer, exit 1")
    func sameAnswer() throws {
        let kiosk = try TemporaryKiosk()
        let demo = try kiosk.seed()["processing-passport"]!
        let wrong = try Kiosk.run(["status", demo.receipt, "--id-last4", "0000", "--config", kiosk.config])
        let unknown = try Kiosk.run(["status", "000.00.12.H08-241127-0042", "--id-last4", demo.last4,
                                     "--config", kiosk.config])
        #expect(wrong.status == 1 && unknown.status == 1)
        #expect(wrong.stderr == unknown.stderr)
        #expect(wrong.stdout.isEmpty && unknown.stdout.isEmpty)
        let malformed = try Kiosk.run(["status", "12345", "--id-last4", "0000", "--config", kiosk.config, "--lang", "en"])
        #expect(malformed.status == 1)
        #expect(malformed.stderr.contains("000.00.12.H08-241127-0042"))
    }

    @Test("import keeps the good rows and reports the bad ones by line")
    func importCSV() throws {
        let kiosk = try TemporaryKiosk()
        let file = kiosk.folder + "/export.csv"
        try """
            receipt_number,procedure_code,owner_name,owner_id,status_code,handling_agency,appointment_date
            000.00.13.H08-261126-0042,2.000488.000.00.00.H08,Nguyễn Văn An,074090001234,4,STP,2026-12-10
            000.00.13.H08-261126-0043,2.000488.000.00.00.H08,Nguyễn Văn Bình,074090001235,12,STP,2026-12-10
            000.00.13.H08-261126-0044,2.000488.000.00.00.H08,Nguyễn Văn Cường,074090001236,9,STP,2026-12-10

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Kiosk.run(["cases", "import", file, "--config", kiosk.config, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Imported 2 case(s); 1 bad row(s) left out."))
        #expect(result.stderr.contains("export.csv:3: status_code:"))
        let found = try Kiosk.run(["status", "000.00.13.H08-261126-0044", "--id-last4", "1236", "--config", kiosk.config])
        #expect(found.status == 0)
    }
}

@Suite("Operator commands")
struct OperatorCommandTests {
    @Test("doctor reports every check in plain words; the demo PIN and a bad TERM are failures")
    func doctor() throws {
        let made = try Kiosk.run(["pin-hash"], input: "975310\n")
        let hash = String(made.stdout.dropFirst("pin_hash = \"".count).prefix { $0 != "\"" })
        let kiosk = try TemporaryKiosk(pinHash: hash)
        let good = try Kiosk.run(["doctor", "--config", kiosk.config, "--lang", "en"], environment: ["TERM": "xterm-256color"])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("✔ kiosk.conf is valid."))
        #expect(good.stdout.contains("✔ Catalog: 2645 procedures, this kiosk shows 1606 (the province's levels; catalog.all_levels = false)."))
        #expect(good.stdout.contains("✔ A staff PIN is set."))
        #expect(good.stdout.contains("✔ The exit chord is open (0 wrong PIN(s) in 24 hours)."))
        #expect(good.stdout.contains("The case database"))
        let shipped = try TemporaryKiosk()
        let demo = try Kiosk.run(["doctor", "--config", shipped.config, "--lang", "en"], environment: ["TERM": "xterm-256color"])
        #expect(demo.status == 1)
        #expect(demo.stdout.contains("✘ The staff PIN is still the demo PIN 2468, not fit for a hall"), "\(demo.stdout)")
        #expect(!good.stdout.contains("console"), "the console font is checked only under TERM=linux")
        let console = try Kiosk.run(["doctor", "--config", kiosk.config, "--lang", "en"], environment: ["TERM": "linux"])
        #expect(console.stdout.contains("⚠ Cannot read the console's font (run this on the console tty itself)"),
                "not a console here: it says it cannot tell \(console.stdout)")
        let bad = try Kiosk.run(["doctor", "--config", kiosk.config, "--lang", "vi"], environment: ["TERM": "no-such-terminal"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("✘ Loại terminal “no-such-terminal” (TERM) không có trong terminfo."))
    }

    @Test("pin-hash reads the PIN from stdin; its hash is accepted in kiosk.conf and matches only that PIN")
    func pinHash() throws {
        let made = try Kiosk.run(["pin-hash"], input: "975310\n")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("pin_hash = \"$"))
        #expect(!made.stdout.contains("975310"))
        let short = try Kiosk.run(["pin-hash"], input: "12\n")
        #expect(short.status == 1)
    }

    @Test("pin-hash refuses PINs a stranger would try first, saying why in both languages", arguments: [
        ("2468", "The PIN must be 6 to 12 digits."), ("12345", "The PIN must be 6 to 12 digits."),
        ("", "The PIN must be 6 to 12 digits."), ("111111", "The PIN must not be one digit repeated"),
        ("123456", "The PIN must not be a straight run"), ("654321", "The PIN must not be a straight run"),
        ("121212", "The PIN must not be a short block repeated"),
    ])
    func pinHashRefusesWeakPINs(pin: String, reason: String) throws {
        let result = try Kiosk.run(["pin-hash"], input: pin + "\n")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "no hash for a weak PIN")
        #expect(result.stderr.contains(reason), "\(result.stderr)")
        #expect(result.stderr.contains("Mã PIN"), "and in Vietnamese")
    }

    @Test("validate checks the tours: unknown cases and procedures, bad events and keys, each with file and step")
    func badTours() throws {
        let setup = try TemporaryKiosk(copyCatalog: true)
        try """
            title: {vi: Thử, en: Test}
            steps:
              - caption: {vi: Một, en: One}
                events:
                  - scan: no-such-case
                  - open: 9.999999.000.00.00.H08
              - caption: {vi: Hai, en: Two}
                events:
                  - key: hyperspace
            """.write(toFile: setup.catalogCopy + "/tours/broken.yaml", atomically: true, encoding: .utf8)
        let result = try Kiosk.run(["validate", "--config", setup.config])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yaml: step 2: unknown key hyperspace"))
        let list = try Kiosk.run(["demo", "--list", "--config", setup.config])
        #expect(list.status == 1)
        try FileManager.default.removeItem(atPath: setup.catalogCopy + "/tours/broken.yaml")
        try """
            title: {vi: Thử, en: Test}
            steps:
              - caption: {vi: Một, en: One}
                events:
                  - scan: no-such-case
                  - open: 9.999999.000.00.00.H08
            """.write(toFile: setup.catalogCopy + "/tours/broken.yaml", atomically: true, encoding: .utf8)
        let second = try Kiosk.run(["validate", "--config", setup.config])
        #expect(second.stderr.contains("broken.yaml: step 1: unknown demo case no-such-case"))
        #expect(second.stderr.contains("broken.yaml: step 1: unknown procedure 9.999999.000.00.00.H08"))
    }

    @Test("demo --list lists the shipped tours")
    func demoList() throws {
        let setup = try TemporaryKiosk()
        let result = try Kiosk.run(["demo", "--list", "--config", setup.config, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("full  A walk through the procedure look-up kiosk  19 steps"))
        #expect(result.stdout.contains("attract  "))
    }

    @Test("reload without a running kiosk says so")
    func reloadWithoutKiosk() throws {
        let kiosk = try TemporaryKiosk()
        let result = try Kiosk.run(["reload", "--config", kiosk.config, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No kiosk is running"))
    }
}

@Suite("Fuzz corpora")
struct FuzzCorpusTests {
    /// Every seed and every input a fuzzer once crashed on (Fuzz/corpus/TARGET) replays cleanly through the
    /// target built without libFuzzer: a fixed crash stays fixed.
    @Test(arguments: ["receipt", "query", "catalog", "config", "snapshot"])
    func corpusReplays(target: String) throws {
        let replayer = Kiosk.binary.deletingLastPathComponent().appendingPathComponent("KioskFuzz")
        let folder = Kiosk.root.appendingPathComponent("Fuzz/corpus/\(target)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!files.isEmpty)
        let process = Process()
        process.executableURL = replayer
        process.arguments = files.map { folder.appendingPathComponent($0).path }
        process.currentDirectoryURL = Kiosk.root
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["KIOSK_FUZZ_TARGET": target, "KIOSK_FUZZ_CATALOG": "Catalog", "SWIFT_BACKTRACE": "enable=no"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(target): replaying \(files.count) inputs failed")
    }
}

extension CaseCommandTests {
    @Test("status --json carries the payment: the amounts, and with an agency's account the code and its payload")
    func statusPayment() throws {
        let kiosk = try TemporaryKiosk(copyCatalog: true)
        let demo = try kiosk.seed()["payment-land-transfer-fee"]!
        func payment() throws -> [String: Any] {
            let json = try Kiosk.run(["status", demo.receipt, "--id-last4", demo.last4, "--json", "--config", kiosk.config])
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            return try #require(object?["payment"] as? [String: Any], "\(json.stdout)\(json.stderr)")
        }
        var shown = try payment()
        #expect(shown["total"] as? Int == 350_000 && shown["no_code"] as? String == "no_account")
        #expect((shown["amounts"] as? [[String: Any]])?.compactMap { $0["amount"] as? Int } == [50_000, 300_000])
        // The land registration office's account (a test's: none is shipped).
        let agencies = kiosk.catalogCopy + "/agencies.yaml"
        var text = try String(contentsOfFile: agencies, encoding: .utf8)
        let anchor = "  - id: VPDKDD\n"
        let at = try #require(text.range(of: anchor))
        let levelLine = try #require(text.range(of: "    level: province\n", range: at.upperBound ..< text.endIndex))
        text.insert(contentsOf: "    account: {bin: \"970405\", number: \"3100201001234\", holder: \"VAN PHONG DANG KY DAT DAI\"}\n",
                    at: levelLine.upperBound)
        try text.write(toFile: agencies, atomically: true, encoding: .utf8)
        shown = try payment()
        let code = try #require(shown["code"] as? [String: Any], "\(shown)")
        #expect(code["bank"] as? String == "Agribank" && code["account"] as? String == "3100201001234")
        #expect(code["purpose"] as? String == demo.receipt)
        #expect((code["payload"] as? String)?.hasPrefix("000201010212") == true)
        #expect((code["payload"] as? String)?.contains("5406350000") == true)
    }
}
