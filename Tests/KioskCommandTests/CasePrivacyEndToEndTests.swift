import CaseTracking
import Foundation
import Testing

/// The guess limit and the case database's privacy as staff and citizens meet them: the real binary, its real
/// database files, and the kiosk in tmux.
@Suite("Case privacy end to end", .serialized)
struct CasePrivacyEndToEndTests {
    /// Locks a receipt number in the kiosk's database as twenty failed look-ups within a day would.
    func lock(_ receipt: String, in setup: TemporaryKiosk) throws {
        let store = try setup.caseStore()
        let number = ReceiptNumber(parsing: receipt)!
        for _ in 0 ..< 20 {
            _ = try store.recordFailure(receipt: number, kiosk: "elsewhere-in-the-hall", policy: GuessPolicy(), at: Date())
        }
    }

    @Test("the database files hold no owner's ID number, phone or name after seeding and importing")
    func noPersonalDataOnDisk() throws {
        let setup = try TemporaryKiosk()
        _ = try setup.seed()
        let file = setup.folder + "/export.csv"
        try """
            receipt_number,procedure_code,owner_name,owner_id,phone,status_code,handling_agency,channel,postal_address
            000.00.13.H08-261126-0042,2.000488.000.00.00.H08,Hồ Thị Xuân Hương,079188806543,0903 444 555,4,STP,post,"Số 9, hẻm 3, đường Cách Mạng Tháng Tám, phường Hiệp Thành, Thủ Dầu Một"

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try Kiosk.run(["cases", "import", file, "--config", setup.config, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let demo = try String(contentsOf: Kiosk.root.appendingPathComponent("Catalog/demo-cases.yaml"), encoding: .utf8)
        var personal = ["079188806543", "0903 444 555", "0903444555", "Hồ Thị Xuân Hương", "Cách Mạng Tháng Tám"]
        for line in demo.components(separatedBy: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            for field in ["id: ", "phone: ", "name: "] where text.hasPrefix(field) {
                personal.append(String(text.dropFirst(field.count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            }
        }
        #expect(personal.count > 120)
        var files = 0
        for suffix in ["", "-wal", "-shm"] {
            guard let data = FileManager.default.contents(atPath: setup.database + suffix) else { continue }
            files += 1
            for text in personal where data.range(of: Data(text.utf8)) != nil {
                Issue.record("cases.sqlite\(suffix) holds “\(text)”")
            }
        }
        #expect(files >= 1)
        // The case is still found with the owner's digits, and shows what the screen may show.
        let found = try Kiosk.run(["status", "000.00.13.H08-261126-0042", "--id-last4", "6543", "--config", setup.config,
                                   "--lang", "vi"])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains("Người nộp: Hồ T** X*** H****"))
    }

    @Test("staff list a lock, doctor reports it masked, unlock lifts it; status refuses meanwhile")
    func lockAndUnlock() throws {
        let setup = try TemporaryKiosk()
        let demo = try setup.seed()["processing-passport"]!
        try lock(demo.receipt, in: setup)
        let refused = try Kiosk.run(["status", demo.receipt, "--id-last4", demo.last4, "--config", setup.config, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("locked for look-ups"), "\(refused.stderr)")
        let locks = try Kiosk.run(["cases", "locks", "--config", setup.config, "--lang", "en"])
        #expect(locks.stdout.hasPrefix(demo.receipt), "\(locks.stdout)")
        let doctor = try Kiosk.run(["doctor", "--config", setup.config, "--lang", "en"], environment: ["TERM": "xterm-256color"])
        let masked = ReceiptNumber(parsing: demo.receipt)!.masked
        #expect(doctor.stdout.contains("1 receipt number(s) locked after failed look-ups: \(masked)"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains(demo.receipt))
        let unlock = try Kiosk.run(["cases", "unlock", demo.receipt.lowercased(), "--config", setup.config, "--lang", "en"])
        #expect(unlock.status == 0 && unlock.stdout.contains("open again"), "\(unlock.stdout)\(unlock.stderr)")
        let found = try Kiosk.run(["status", demo.receipt, "--id-last4", demo.last4, "--config", setup.config])
        #expect(found.status == 0, "\(found.stderr)")
        let again = try Kiosk.run(["cases", "unlock", demo.receipt, "--config", setup.config, "--lang", "en"])
        #expect(again.stdout.contains("neither locked nor paused"))
    }

    @Test("a locked number shows as paused at the kiosk with the hotline; unlocked, the case shows; the log masks it")
    func lockedAtTheKiosk() throws {
        let setup = try TemporaryKiosk()
        let demo = try setup.seed()["processing-passport"]!
        try lock(demo.receipt, in: setup)
        let kiosk = try TmuxKiosk.atHome(width: 100, height: 30, setup: setup, english: true)
        try kiosk.enterReceipt(demo.receipt, english: true)
        kiosk.type(demo.last4 + "\r")
        try kiosk.waitFor("paused at the kiosks")
        try kiosk.waitFor("1022")
        let unlock = try Kiosk.run(["cases", "unlock", demo.receipt, "--config", setup.config])
        #expect(unlock.status == 0)
        kiosk.type(demo.last4 + "\r")
        try kiosk.waitFor("BEING PROCESSED")
        let log = (try? String(contentsOfFile: setup.folder + "/kiosk.log", encoding: .utf8)) ?? ""
        #expect(!log.contains(demo.receipt), "the log never holds a receipt number whole")
    }

    @Test("failures counted before a restart still count after it: the fifth wrong try pauses the number")
    func countsSurviveARestart() throws {
        let setup = try TemporaryKiosk()
        let demo = try setup.seed()["processing-passport"]!
        do {
            let kiosk = try TmuxKiosk.atHome(width: 100, height: 30, setup: setup, english: true)
            try kiosk.enterReceipt(demo.receipt, english: true)
            for attempt in 1 ... 4 {
                // Each answer empties the field: the digits show as dots, then go.
                kiosk.type(String(format: "%04d", attempt))
                try kiosk.waitFor("│ ●●●● ")
                kiosk.press("Enter")
                try kiosk.waitFor("│ ____ ")
            }
            try kiosk.waitFor("No case matches")
            let pid = try kiosk.pid()
            kill(pid, SIGTERM)
            _ = try kiosk.waitForExit()
        }
        let kiosk = try TmuxKiosk.atHome(width: 100, height: 30, setup: setup, english: true)
        try kiosk.enterReceipt(demo.receipt, english: true)
        kiosk.type("9999\r")
        try kiosk.waitFor("Too many wrong attempts for")
        // The right digits now: not let through during the pause.
        kiosk.type(demo.last4 + "\r")
        try kiosk.waitFor("try again in")
        #expect(!kiosk.capture().joined().contains("BEING PROCESSED"))
    }

    @Test("eight taps in one write are eight digits; a tap and keys in one write keep both, in order")
    func burstsOfTapsAndKeys() throws {
        let kiosk = try TmuxKiosk(width: 80, height: 24)
        try kiosk.click("Tra cứu hồ sơ đã nộp")
        let one = try kiosk.keyCentre("1")
        let two = try kiosk.keyCentre("2")
        kiosk.type(String(repeating: TmuxKiosk.tap(one), count: 8))
        try kiosk.waitFor("│ 11111111 ")
        kiosk.type(TmuxKiosk.tap(two) + "34" + TmuxKiosk.tap(one) + TmuxKiosk.tap(two))
        try kiosk.waitFor("│ 1111111123412 ")
        // Bursts again and again, as a busy machine delivers them: every one counts.
        for _ in 0 ..< 5 { kiosk.type(TmuxKiosk.tap(one) + TmuxKiosk.tap(two) + "-") }
        try kiosk.waitFor("│ 1111111123412" + String(repeating: "12-", count: 5) + " ")
    }
}
