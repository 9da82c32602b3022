import Foundation
import Testing

/// The staff exit as a stranger at the real kiosk would try it, and as staff clear it from another console:
/// the binary in tmux, its log and its record in var/, `kiosk staff` from the command line.
@Suite("Staff exit end to end", .serialized)
struct StaffExitEndToEndTests {
    /// A wrong PIN long enough never to be found by chance in a log line's time or figures.
    static let wrong = "97531086"

    @Test("nine wrong PINs then the right one do not end the kiosk, nor does a restart; after `kiosk staff unlock` the PIN does")
    func strangerThenStaff() throws {
        let setup = try TemporaryKiosk()
        let log = LogWatch(path: setup.folder + "/kiosk.log")
        do {
            let kiosk = try TmuxKiosk.atHome(setup: setup)
            for attempt in 1 ... 9 {
                kiosk.press("C-x", "C-q")
                if attempt <= 3 {
                    try kiosk.waitFor("Nhập mã PIN của nhân viên")
                } else {
                    try log.waitFor("staff exit chord ignored", count: attempt - 3)
                    #expect(!kiosk.capture().joined().contains("Nhập mã PIN"), "a paused chord shows nothing")
                }
                kiosk.type(Self.wrong)
                kiosk.press("Enter")
                if attempt <= 3 { try log.waitFor("\"wrong staff PIN\"", count: attempt) }
            }
            kiosk.press("C-x", "C-q")
            kiosk.type("2468")
            kiosk.press("Enter")
            // One more chord, answered in order after the right PIN: by then that PIN has been handled.
            kiosk.press("C-x", "C-q")
            try log.waitFor("staff exit chord ignored", count: 8)
            #expect(kiosk.file("status").isEmpty, "the kiosk still runs")
            #expect(!kiosk.capture().joined().contains("Nhập mã PIN"))
            kill(try kiosk.pid(), SIGTERM)
            #expect(try kiosk.waitForExit() == 128 + SIGTERM)
        }
        let status = try Kiosk.run(["staff", "status", "--config", setup.config, "--lang", "en"])
        #expect(status.stdout.contains("The exit chord is paused until"), "\(status.stdout)")
        #expect(status.stdout.contains("after 3 wrong PIN(s)"))

        let restarted = try TmuxKiosk.atHome(setup: setup)
        restarted.press("C-x", "C-q")
        try log.waitFor("staff exit chord ignored", count: 9)
        #expect(!restarted.capture().joined().contains("Nhập mã PIN"), "a restart forgets nothing")

        let unlock = try Kiosk.run(["staff", "unlock", "--config", setup.config, "--lang", "en"])
        #expect(unlock.status == 0)
        #expect(unlock.stdout.contains("Cleared 3 wrong PIN(s): the exit chord asks for the PIN again."), "\(unlock.stdout)")
        try restarted.leaveAsStaff()
        #expect(try restarted.waitForExit() == 0)

        let lines = log.lines
        #expect(lines.filter { $0.contains("\"wrong staff PIN\"") }.count == 3)
        #expect(lines.filter { $0.contains("staff exit paused after wrong PINs") }.count == 1)
        #expect(lines.contains { $0.contains("staff exit with the staff PIN") })
        #expect(!lines.contains { $0.contains(Self.wrong) }, "never the digits typed")
        #expect(!lines.contains { $0.contains("staff") && $0.contains("2468") })
        let after = try Kiosk.run(["staff", "status", "--config", setup.config, "--lang", "en"])
        #expect(after.stdout.contains("The exit chord is open (0 wrong PIN(s) in 24 hours)."), "the right PIN cleared the count")
    }

    @Test("a damaged record locks the chord, says so in the log and to doctor; `kiosk staff unlock` repairs it")
    func damagedRecord() throws {
        let setup = try TemporaryKiosk()
        let log = LogWatch(path: setup.folder + "/kiosk.log")
        try "garbage".write(toFile: setup.folder + "/staff-exit.json", atomically: true, encoding: .utf8)
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        kiosk.press("C-x", "C-q")
        try log.waitFor("staff exit chord ignored: locked", count: 1)
        #expect(log.lines.contains { $0.contains("staff exit record unreadable") })
        let doctor = try Kiosk.run(["doctor", "--config", setup.config, "--lang", "en"], environment: ["TERM": "xterm-256color"])
        #expect(doctor.stdout.contains("✘ Cannot read"), "\(doctor.stdout)")
        let unlock = try Kiosk.run(["staff", "unlock", "--config", setup.config, "--lang", "en"])
        #expect(unlock.status == 0)
        #expect(unlock.stdout.contains("Replaced the damaged record"), "\(unlock.stdout)")
        kiosk.press("C-x", "C-q")
        try kiosk.waitFor("Nhập mã PIN của nhân viên")
    }
}

/// The kiosk's log as a test reads it while the kiosk writes: waits for lines with a deadline, never a sleep.
struct LogWatch {
    let path: String

    var lines: [String] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func waitFor(_ text: String, count: Int, seconds: Double = 20) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if lines.filter({ $0.contains(text) }).count >= count { return }
            usleep(50_000)
        }
        throw TmuxError.timeout("\(count) log line(s) with “\(text)”", lines.suffix(10).joined(separator: "\n"))
    }
}
