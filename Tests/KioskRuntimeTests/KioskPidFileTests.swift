import TestSupport
import Foundation
import Glibc
import Testing
@testable import KioskRuntime

/// The pid file `kiosk reload` reads: only a process holding its lock now is named, never what a file says alone.
@Suite(.serialized) struct KioskPidFileTests {
    func path() throws -> String {
        let folder = TestScratch.root + "pid-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/kiosk.pid"
    }

    @Test func theHolderIsNamedAndTheFileGoesWithIt() throws {
        let file = try path()
        let claimed = try KioskPidFile.claim(file).get()
        #expect(KioskPidFile.running(file) == .running(getpid()))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "\(getpid())\n")
        if case .failure(.held(let holder)) = KioskPidFile.claim(file) {
            #expect(holder == getpid())
        } else {
            Issue.record("a second claim must find the first")
        }
        claimed.release()
        #expect(!FileManager.default.fileExists(atPath: file))
        if case .none = KioskPidFile.running(file) {} else { Issue.record("no file, no kiosk") }
    }

    /// How the last run ended, for the log of this one: killed (its pid left in the file), crashed (the signal
    /// its handler wrote beside it), or stopped (nothing left).
    @Test func theLastRunsEndIsToldAtTheNextClaim() throws {
        let file = try path()
        try "4242\n".write(toFile: file, atomically: true, encoding: .utf8)
        let afterKill = try KioskPidFile.claim(file).get()
        #expect(afterKill.leftBy == 4242 && afterKill.crashedOf == nil)
        afterKill.release()
        try "signal 6\n".write(toFile: file + ".crash", atomically: true, encoding: .utf8)
        let afterCrash = try KioskPidFile.claim(file).get()
        #expect(afterCrash.leftBy == nil && afterCrash.crashedOf == 6)
        #expect(!FileManager.default.fileExists(atPath: file + ".crash"), "told once")
        afterCrash.release()
        let afterStop = try KioskPidFile.claim(file).get()
        #expect(afterStop.leftBy == nil && afterStop.crashedOf == nil)
        afterStop.release()
    }

    /// What a file left behind or written by hand may hold: none of it is a running kiosk.
    @Test(arguments: ["0", "1", "-1", "-42", "", "abc", "99999999"])
    func anUnlockedFileNamesNoKiosk(contents: String) throws {
        let file = try path()
        try (contents + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        if case .running(let pid) = KioskPidFile.running(file) { Issue.record("named \(pid) for “\(contents)”") }
    }

    /// The file of a kiosk that ended by SIGKILL names a live process (the pid reused, here a sleep): no lock,
    /// no kiosk.
    @Test func aLiveProcessWithoutTheLockIsNotTheKiosk() throws {
        let file = try path()
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate() }
        try "\(sleeper.processIdentifier)\n".write(toFile: file, atomically: true, encoding: .utf8)
        if case .running = KioskPidFile.running(file) { Issue.record("a process without the lock was named") }
    }

    /// While a kiosk holds the lock, its file rewritten to name another process names none: the lock's holder
    /// must be the process named.
    @Test func aRewrittenFileOfARunningKioskNamesNoOther() throws {
        let file = try path()
        let claimed = try KioskPidFile.claim(file).get()
        defer { claimed.release() }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data("1\n".utf8))
        try handle.close()
        if case .running(let pid) = KioskPidFile.running(file) { Issue.record("named \(pid)") }
    }
}
