import CaseTracking
import Foundation
import Glibc
import TestSupport
import Testing

/// The kiosk where its storage fails, as a hostile tester tried it: the real binary in tmux, a real full disk
/// (a small tmpfs the test mounts), damaged and emptied files, stale pid files, a broken catalog at start.
@Suite("Fail closed end to end", .serialized)
struct FailClosedEndToEndTests {
    static let unavailable = "Hệ thống tra cứu hồ sơ đang tạm gián đoạn"
    static let noMatch = "Không tìm thấy hồ sơ khớp"
    /// What the case screen of the demo case "processing-passport" shows (its status, in capitals).
    static let found = "ĐANG XỬ LÝ"

    /// One look-up from home: the receipt typed, the digits, Enter; what the screen answers.
    func lookUp(_ kiosk: TmuxKiosk, _ receipt: String, _ digits: String, expecting text: String) throws {
        kiosk.press("F1")
        try kiosk.waitUntil("home") { screen in
            screen.contains { $0.contains("Xin chào") } && !screen.contains { $0.contains(Self.unavailable) }
        }
        try kiosk.enterReceipt(receipt)
        kiosk.type(digits)
        kiosk.press("Enter")
        try kiosk.waitFor(text)
    }

    @Test("on a full disk no look-up is answered until its failure is counted, and the staff exit locks")
    func fullDisk() throws {
        let disk = try SmallDisk(megabytes: 8)
        let setup = try TemporaryKiosk(settings: [("paths", "cases_database", disk.path + "/cases.sqlite"),
                                                  ("paths", "log", disk.path + "/kiosk.log")])
        let demo = try setup.seed()["processing-passport"]!
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        try lookUp(kiosk, demo.receipt, demo.last4, expecting: Self.found)
        disk.fill()
        try lookUp(kiosk, demo.receipt, "0000", expecting: Self.unavailable)
        for _ in 0 ..< 3 { try lookUp(kiosk, demo.receipt, "1111", expecting: Self.unavailable) }
        try lookUp(kiosk, demo.receipt, demo.last4, expecting: Self.unavailable)
        #expect(!kiosk.capture().joined().contains(Self.found), "the right digits show nothing while a failure waits")
        // The staff exit: the record cannot be written, so the chord opens nothing, and the PIN does nothing.
        kiosk.press("F1")
        try kiosk.waitFor("Xin chào")
        kiosk.press("C-x", "C-q")
        kiosk.type("2468")
        // Typed at home, the digits start a search: the chord opened no PIN screen to take them.
        try kiosk.waitFor("2468")
        #expect(!kiosk.capture().joined().contains("Nhập mã PIN"))
        #expect(!kiosk.capture().joined().contains("●●●●"))
        let doctor = try Kiosk.run(["doctor", "--config", setup.config, "--lang", "en"])
        #expect(doctor.stdout.contains("The wrong-PIN record cannot be written"), "\(doctor.stdout)")
        #expect(doctor.status == 1)
        disk.free()
        try lookUp(kiosk, demo.receipt, "2222", expecting: Self.noMatch)
        let store = try setup.caseStore(path: disk.path + "/cases.sqlite")
        let counted = try store.guesses(receipt: ReceiptNumber(parsing: demo.receipt)!, kiosk: "").0
        #expect(counted.failures == 2, "the held failure and the new one, both counted")
        try lookUp(kiosk, demo.receipt, demo.last4, expecting: Self.found)
        #expect(kill(try kiosk.pid(), 0) == 0)
    }

    @Test("kiosk reload signals only the running kiosk; its pid file goes on every way out, and stop is logged")
    func pidFile() throws {
        let setup = try TemporaryKiosk()
        let pidFile = setup.folder + "/kiosk.pid"
        let log = LogWatch(path: setup.folder + "/kiosk.log")
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["60"]
        try sleeper.run()
        defer { sleeper.terminate() }
        // A file left behind naming a live process, a zero, garbage: none is signalled.
        for contents in ["\(sleeper.processIdentifier)", "0", "garbage"] {
            try "\(contents)\n".write(toFile: pidFile, atomically: true, encoding: .utf8)
            let reload = try Kiosk.run(["reload", "--config", setup.config, "--lang", "en"])
            #expect(reload.status == 1)
            #expect(reload.stderr.contains("No kiosk is running"), "\(reload.stderr)")
        }
        #expect(sleeper.isRunning, "the process named in a stale file was not signalled")

        let kiosk = try TmuxKiosk.atHome(setup: setup)
        let pid = try kiosk.pid()
        #expect(try String(contentsOfFile: pidFile, encoding: .utf8) == "\(pid)\n")
        let reload = try Kiosk.run(["reload", "--config", setup.config, "--lang", "en"])
        #expect(reload.status == 0, "\(reload.stderr)")
        #expect(reload.stdout.contains("Asked kiosk \(pid)"))
        // The running kiosk's file rewritten to name another process: refused, the other left alone.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: pidFile))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data("\(sleeper.processIdentifier)\n".utf8))
        try handle.close()
        #expect(try Kiosk.run(["reload", "--config", setup.config]).status == 1)
        #expect(sleeper.isRunning)
        kill(pid, SIGTERM)
        #expect(try kiosk.waitForExit() == 128 + SIGTERM)
        #expect(!FileManager.default.fileExists(atPath: pidFile), "SIGTERM removes the pid file")
        try log.waitFor("\"reason\":\"SIGTERM\"", count: 1)

        let again = try TmuxKiosk.atHome(setup: setup)
        kill(try again.pid(), SIGHUP)
        #expect(try again.waitForExit() == 128 + SIGHUP)
        #expect(!FileManager.default.fileExists(atPath: pidFile))
        try log.waitFor("\"reason\":\"SIGHUP\"", count: 1)

        let third = try TmuxKiosk.atHome(setup: setup)
        try third.leaveAsStaff()
        #expect(try third.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: pidFile), "a staff exit removes it")
        #expect(log.lines.filter { $0.contains("\"message\":\"stop\"") }.count == 3)
    }

    @Test("an emptied case database answers unavailable, never no match, and no demo case appears by itself")
    func emptiedDatabase() throws {
        let setup = try TemporaryKiosk()
        let demo = try setup.seed()["processing-passport"]!
        for suffix in ["-wal", "-shm"] { unlink(setup.database + suffix) }
        truncate(setup.database, 0)
        let status = try Kiosk.run(["status", demo.receipt, "--id-last4", demo.last4, "--config", setup.config,
                                    "--lang", "en"])
        #expect(status.status == 1)
        #expect(status.stderr.contains("The case database does not answer."), "\(status.stderr)")
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        let log = LogWatch(path: setup.folder + "/kiosk.log")
        try log.waitFor("case database holds no case", count: 1)
        try lookUp(kiosk, demo.receipt, demo.last4, expecting: Self.unavailable)
        #expect(!log.lines.contains { $0.contains("seeded") })
        let doctor = try Kiosk.run(["doctor", "--config", setup.config, "--lang", "en"])
        #expect(doctor.stdout.contains("holds no case: look-ups answer “unavailable”"), "\(doctor.stdout)")
        #expect(try setup.caseStore().count().all == 0)
        // `kiosk cases seed`, run by staff, is the one way demo cases come; the running kiosk answers at once.
        let seeded = try setup.seed()["processing-passport"]!
        try lookUp(kiosk, seeded.receipt, seeded.last4, expecting: Self.found)
    }

    @Test("a catalog broken before a start: the kiosk runs on the last good snapshot, and says so")
    func brokenCatalogAtStart() throws {
        let setup = try TemporaryKiosk(copyCatalog: true)
        let log = LogWatch(path: setup.folder + "/kiosk.log")
        let first = try TmuxKiosk.atHome(setup: setup)
        try log.waitFor("\"catalog_source\":\"files\"", count: 1)
        kill(try first.pid(), SIGTERM)
        _ = try first.waitForExit()
        let file = setup.catalogCopy + "/procedures/ht/1.001193.000.00.00.H08.yaml"
        try "name: [broken".write(toFile: file, atomically: true, encoding: .utf8)
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        try log.waitFor("catalog rejected at start, running on the last good snapshot", count: 1)
        #expect(log.lines.contains { $0.contains("\"catalog_source\":\"lastGoodSnapshot\"") })
        kiosk.type("khai sinh")
        try kiosk.waitFor("Đăng ký khai sinh")
        #expect(kiosk.file("stderr").contains("1.001193.000.00.00.H08.yaml"), "the problem named on the way in")
        let doctor = try Kiosk.run(["doctor", "--config", setup.config, "--lang", "en"])
        #expect(doctor.stdout.contains("The kiosk runs on the last good catalog"), "\(doctor.stdout)")
        // Without a snapshot there is nothing good to run on: the problems stop it, as before.
        try FileManager.default.removeItem(atPath: setup.folder + "/var/catalog.snapshot")
        kill(try kiosk.pid(), SIGTERM)
        _ = try kiosk.waitForExit()
        let none = try TmuxKiosk(width: 80, height: 24, arguments: "--config \(setup.config)")
        #expect(try none.waitForExit() == 1)
    }

    @Test("the kiosk's files are its user's alone; doctor names any others can read")
    func privateFiles() throws {
        let setup = try TemporaryKiosk()
        _ = try setup.seed()
        var status = stat()
        #expect(stat(setup.database, &status) == 0 && status.st_mode & 0o077 == 0, "seeded 0600")
        chmod(setup.database, 0o644)
        chmod(setup.folder, 0o755)
        let before = try Kiosk.run(["doctor", "--config", setup.config, "--lang", "en"])
        #expect(before.stdout.contains("Readable by others: "), "\(before.stdout)")
        #expect(before.stdout.contains(setup.database))
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        for path in [setup.database, setup.folder + "/kiosk.log", setup.folder + "/kiosk.pid", setup.folder] {
            #expect(stat(path, &status) == 0 && status.st_mode & 0o077 == 0,
                    "\(path): \(String(status.st_mode & 0o777, radix: 8))")
        }
        let after = try Kiosk.run(["doctor", "--config", setup.config, "--lang", "en"])
        #expect(after.stdout.contains("readable by the kiosk's user only"), "\(after.stdout)")
        kill(try kiosk.pid(), SIGTERM)
        _ = try kiosk.waitForExit()
    }

    @Test("a 5 MB procedure name is refused by validate in a moment, with file, line and code")
    func hugeCatalogText() throws {
        let setup = try TemporaryKiosk(copyCatalog: true)
        let file = setup.catalogCopy + "/procedures/ht/1.001193.000.00.00.H08.yaml"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try original.replacingOccurrences(of: "vi: Đăng ký khai sinh\n",
                                          with: "vi: " + String(repeating: "Đăng ký ", count: 625_000) + "\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let validate = try Kiosk.run(["validate", "--config", setup.config, "--lang", "en"])
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("1.001193.000.00.00.H08.yaml:"), "\(validate.stderr.prefix(500))")
        #expect(validate.stderr.contains("1.001193.000.00.00.H08: name.vi: the name is 4999999 characters long, at most 2000"))
    }
}
