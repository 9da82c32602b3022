import Foundation
import Glibc
import KioskConfiguration

/// The wrong staff PINs of this kiosk, kept in a small JSON file beside the log (`var/staff-exit.json`), so
/// that neither the idle reset nor a restart forgets them, and `kiosk staff unlock` (from ssh or another
/// console) can clear them while the kiosk runs. Each change reads, changes and writes the file under an
/// exclusive lock (flock on `NAME.lock`), so the kiosk and an operator's command never lose each other's change,
/// and replaces the file whole (a new file, fsync, rename), so a full disk never leaves an empty record.
public struct StaffExitFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The lock both the kiosk and `kiosk staff unlock` take: a file beside the record that is never replaced
    /// (the record itself is, by rename, so a lock on it would not hold across a change).
    var lockPath: String { path + ".lock" }

    /// The folder the record is in (its rename and doctor's question are about it).
    private var folder: String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// The wrong PINs on record; none when the file does not exist yet. A file that is there but empty or not a
    /// record throws: it was damaged, and the kiosk locks the exit for it.
    public func read() throws(StaffExitFileError) -> StaffPINFailures {
        let lock = try locked(LOCK_SH)
        defer { lock.close() }
        return try readRecord()
    }

    /// Adds a wrong PIN typed at `now`; returns the record as it is now in the file. Throws when it cannot be
    /// written: the record on disk is then the one before, whole.
    public func recordFailure(at now: Date, policy: StaffExitPolicy) throws(StaffExitFileError) -> StaffPINFailures {
        try change { policy.failing($0, at: now) }
    }

    /// Writes the record as it is, anew: whether a wrong PIN could be recorded now (the kiosk's check before it
    /// opens the PIN screen, and doctor's). Throws when the file cannot be read or written.
    public func rewrite() throws(StaffExitFileError) -> StaffPINFailures {
        try change { $0 }
    }

    /// Why a wrong PIN could not be recorded now, without writing anything (doctor's question, which may run as
    /// another user and must not create the file): a folder or file this user cannot write, or a full disk.
    public func writeProblem() -> String? {
        if access(folder, W_OK) != 0 { return "\(folder): \(String(cString: strerror(errno)))" }
        if FileManager.default.fileExists(atPath: path), access(path, W_OK) != 0 {
            return "\(path): \(String(cString: strerror(errno)))"
        }
        var space = statvfs()
        if statvfs(folder, &space) == 0, space.f_bavail == 0 {
            return "\(folder): \(String(cString: strerror(ENOSPC)))"
        }
        return nil
    }

    /// Forgets every wrong PIN (the right PIN was typed, or staff ran `kiosk staff unlock`); returns what there
    /// was, or nil when the file was damaged: it is replaced, since clearing is what it needs. A missing file
    /// stays missing.
    @discardableResult
    public func clear() throws(StaffExitFileError) -> StaffPINFailures? {
        guard FileManager.default.fileExists(atPath: path) else { return StaffPINFailures() }
        var before: StaffPINFailures?
        _ = try change(damaged: { StaffPINFailures() }) { failures in
            before = failures
            return StaffPINFailures()
        }
        return before
    }

    /// Reads, changes and writes the record under the exclusive lock. A damaged record is left as it is
    /// (the kiosk then treats the exit as locked) unless `damaged` says what to write instead.
    private func change(damaged: (() -> StaffPINFailures)? = nil,
                        _ update: (StaffPINFailures) -> StaffPINFailures) throws(StaffExitFileError)
        -> StaffPINFailures
    {
        let lock = try locked(LOCK_EX)
        defer { lock.close() }
        let next: StaffPINFailures
        do {
            next = update(try readRecord())
        } catch {
            guard let damaged else { throw error }
            next = damaged()
        }
        try replace(with: next)
        return next
    }

    /// The lock file, opened and locked (`LOCK_SH` or `LOCK_EX`) until the value goes.
    private func locked(_ operation: Int32) throws(StaffExitFileError) -> LockedFile {
        do {
            // Read-only is enough to lock, and the file holds nothing: whoever made it, every user may open it.
            let lock = try LockedFile(lockPath, flags: O_RDONLY | O_CREAT, mode: 0o644, lock: operation)
            fchmod(lock.descriptor, 0o644)
            return lock
        } catch {
            throw StaffExitFileError(path: path, reason: "\(error.step) \(error.path): \(error.reason)")
        }
    }

    private func readRecord() throws(StaffExitFileError) -> StaffPINFailures {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return StaffPINFailures() }
            throw failure("open")
        }
        defer { close(descriptor) }
        return try decode(try contents(descriptor))
    }

    private func contents(_ descriptor: Int32) throws(StaffExitFileError) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var offset: off_t = 0
        while true {
            let count = pread(descriptor, &buffer, buffer.count, offset)
            if count < 0 { throw failure("read") }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0 ..< count])
            offset += off_t(count)
            // A few hundred bytes is a full record; anything far larger is not ours.
            if data.count > 1 << 20 { throw StaffExitFileError(path: path, reason: "too large to be a staff exit record") }
        }
    }

    private func decode(_ data: Data) throws(StaffExitFileError) -> StaffPINFailures {
        // Every write leaves a whole record: an empty file was cut short, by a full disk or by hand.
        if data.isEmpty { throw StaffExitFileError(path: path, reason: "empty: not a staff exit record") }
        do {
            return try Self.decoder.decode(StaffPINFailures.self, from: data)
        } catch {
            throw StaffExitFileError(path: path, reason: "not a staff exit record (\(error))")
        }
    }

    /// Writes the record to a new file, on disk before it takes the old one's name: a full disk or a power cut
    /// leaves the old record or the new, whole, never an empty one.
    private func replace(with failures: StaffPINFailures) throws(StaffExitFileError) {
        guard let data = try? Self.encoder.encode(failures) else {
            throw StaffExitFileError(path: path, reason: "cannot encode the record")
        }
        let temporary = "\(path).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("create \(temporary)") }
        // Run by root (`kiosk staff unlock` without sudo -u), the new file keeps the old one's owner, so the
        // kiosk can still read it.
        var old = stat()
        if stat(path, &old) == 0 { _ = fchown(descriptor, old.st_uid, old.st_gid) }
        let bytes = [UInt8](data) + [0x0A]
        var written = 0
        var problem: StaffExitFileError?
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 {
                problem = failure("write \(temporary)")
                break
            }
            written += count
        }
        if problem == nil, fsync(descriptor) != 0 { problem = failure("fsync \(temporary)") }
        close(descriptor)
        if problem == nil, rename(temporary, path) != 0 { problem = failure("rename \(temporary)") }
        if let problem {
            unlink(temporary)
            throw problem
        }
        syncFolder()
    }

    /// The rename itself reaches the disk with the folder's own fsync.
    private func syncFolder() {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private func failure(_ what: String) -> StaffExitFileError {
        StaffExitFileError(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        }
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
            if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time: \(text)")
        }
        return decoder
    }()
}

/// The staff exit record could not be read or written: what and where.
public struct StaffExitFileError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}
