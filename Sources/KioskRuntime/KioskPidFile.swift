import Foundation
import Glibc
import KioskTerminal

/// The running kiosk's pid file (`var/kiosk.pid`), held locked (flock) for as long as the kiosk runs, so that
/// `kiosk reload` signals only a kiosk that is running now: a file left behind (a crash, a power cut) or written
/// by hand has no lock, and a pid of 0, 1 or below (which `kill` reads as a process group, or every process)
/// is refused. The kiosk removes the file on its way out, by a signal too.
public final class KioskPidFile {
    public let path: String
    private let descriptor: Int32
    /// The process a previous run left in the file: it ended without stopping (killed, or a power cut; a
    /// normal stop and a crash both remove the file). Logged at this start: no process can log its own SIGKILL.
    public let leftBy: pid_t?
    /// The signal a previous run crashed of, as its crash handler wrote it beside the file (`kiosk.pid.crash`);
    /// read and removed at this start.
    public let crashedOf: Int32?
    /// For the crash handlers, which may use only what is already in memory.
    nonisolated(unsafe) private static var pathForHandlers: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var crashPathForHandlers: UnsafeMutablePointer<CChar>?

    private init(path: String, descriptor: Int32, leftBy: pid_t?, crashedOf: Int32?) {
        self.path = path
        self.descriptor = descriptor
        self.leftBy = leftBy
        self.crashedOf = crashedOf
    }

    /// Where a crash handler writes the signal it caught.
    static func crashPath(_ path: String) -> String { path + ".crash" }

    public enum ClaimProblem: Error, CustomStringConvertible {
        /// Another kiosk holds the file (the same kiosk.conf started twice).
        case held(by: pid_t?)
        case unwritable(String)

        public var description: String {
            switch self {
            case .held(let pid): "another kiosk (\(pid.map(String.init) ?? "?")) holds it"
            case .unwritable(let reason): reason
            }
        }
    }

    /// Takes the file for this process: locked, holding this pid, removed on exit (`release`) and by the crash
    /// signals this kiosk dies of.
    public static func claim(_ path: String) -> Result<KioskPidFile, ClaimProblem> {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return .failure(.unwritable("\(path): \(String(cString: strerror(errno)))")) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = readPid(descriptor)
            close(descriptor)
            return .failure(.held(by: holder))
        }
        let left = readPid(descriptor)
        let crashed = takeCrash(crashPath(path))
        let text = Array("\(getpid())\n".utf8)
        guard ftruncate(descriptor, 0) == 0, pwrite(descriptor, text, text.count, 0) == text.count else {
            let reason = "\(path): \(String(cString: strerror(errno)))"
            unlink(path)
            close(descriptor)
            return .failure(.unwritable(reason))
        }
        let file = KioskPidFile(path: path, descriptor: descriptor, leftBy: left, crashedOf: crashed)
        file.removeOnCrash()
        return .success(file)
    }

    /// Removes the file and lets the lock go: the kiosk is ending.
    public func release() {
        unlink(path)
        close(descriptor)
    }

    /// The crash signals remove the file, then do what they did before (restore the terminal, print the
    /// backtrace, end the process).
    /// Also writes the signal to `kiosk.pid.crash` (open, write and close are safe in a signal handler; the
    /// log's writer is not), for the next start to log.
    private func removeOnCrash() {
        Self.pathForHandlers = strdup(path)
        Self.crashPathForHandlers = strdup(Self.crashPath(path))
        SignalLayers.install(.pidFile, [SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE]) { number in
            if let path = KioskPidFile.pathForHandlers { unlink(path) }
            if let crash = KioskPidFile.crashPathForHandlers { KioskPidFile.writeSignal(number, to: crash) }
            SignalLayers.handOn(number, from: .pidFile)
        }
    }

    /// "signal N\n" into `path`, with nothing that allocates (the number's digits in a fixed buffer).
    private static func writeSignal(_ number: Int32, to path: UnsafeMutablePointer<CChar>) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        var buffer: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0x73, 0x69, 0x67, 0x6E, 0x61, 0x6C, 0x20, 0, 0, 0, 0, 0)  // "signal "
        withUnsafeMutableBytes(of: &buffer) { bytes in
            var count = 7
            let value = max(0, min(Int(number), 999))
            if value >= 100 { bytes[count] = UInt8(48 + value / 100); count += 1 }
            if value >= 10 { bytes[count] = UInt8(48 + value / 10 % 10); count += 1 }
            bytes[count] = UInt8(48 + value % 10)
            bytes[count + 1] = 0x0A
            _ = write(descriptor, bytes.baseAddress, count + 2)
        }
        close(descriptor)
    }

    /// The signal a crashed run wrote, the file removed; nil when none did.
    private static func takeCrash(_ path: String) -> Int32? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        unlink(path)
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst("signal ".count)) ?? -1
    }

    /// What `kiosk reload` finds at `path`.
    public enum Running: Equatable {
        case running(pid_t)
        /// No kiosk runs with this file; `reason` says what was found instead.
        case none(reason: String)
    }

    /// The kiosk running with this pid file now, proven by its lock: the file is locked, it names a pid above
    /// 1, and the kernel's lock table says that very process holds the lock on this file.
    public static func running(_ path: String) -> Running {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .none(reason: "\(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            return .none(reason: "\(path) is left from a kiosk that has ended (not locked)")
        }
        guard let pid = readPid(descriptor) else { return .none(reason: "\(path) holds no process number") }
        guard pid > 1 else { return .none(reason: "\(path) holds \(pid), which is no kiosk's") }
        var status = stat()
        guard fstat(descriptor, &status) == 0, lockHolders(inode: UInt64(status.st_ino)).contains(pid) else {
            return .none(reason: "\(path) names process \(pid), which does not hold its lock")
        }
        return .running(pid)
    }

    private static func readPid(_ descriptor: Int32) -> pid_t? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return pid_t(String(decoding: buffer[0 ..< count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The processes /proc/locks says hold a flock on the file with this inode (lines like
    /// `1: FLOCK  ADVISORY  WRITE 4242 fd:01:1234567 0 EOF`).
    static func lockHolders(inode: UInt64) -> Set<pid_t> {
        guard let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return [] }
        var holders: Set<pid_t> = []
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK", let pid = pid_t(fields[4]),
                  let last = fields[5].split(separator: ":").last, UInt64(last) == inode
            else { continue }
            holders.insert(pid)
        }
        return holders
    }
}
