import Foundation
import Glibc
import KioskConfiguration

/// The wrong staff PINs of this kiosk, kept in a small JSON file beside the log (`var/staff-exit.json`), so
/// that neither the idle reset nor a restart forgets them, and `kiosk staff unlock` (from ssh or another
/// console) can clear them while the kiosk runs. Each change reads, changes and writes the file under an
/// exclusive lock (flock), so the kiosk and an operator's command never lose each other's change.
public struct StaffExitFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The wrong PINs on record; none when the file does not exist yet.
    public func read() throws(StaffExitFileError) -> StaffPINFailures {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return StaffPINFailures() }
            throw failure("open")
        }
        defer { close(descriptor) }
        flock(descriptor, LOCK_SH)
        return try decode(try contents(descriptor))
    }

    /// Adds a wrong PIN typed at `now`; returns the record as it is now in the file.
    public func recordFailure(at now: Date, policy: StaffExitPolicy) throws(StaffExitFileError) -> StaffPINFailures {
        try change { policy.failing($0, at: now) }
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

    /// Reads, changes and writes the record under an exclusive lock. A damaged record is left as it is
    /// (the kiosk then treats the exit as locked) unless `damaged` says what to write instead.
    private func change(damaged: (() -> StaffPINFailures)? = nil,
                        _ update: (StaffPINFailures) -> StaffPINFailures) throws(StaffExitFileError)
        -> StaffPINFailures
    {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw failure("open") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw failure("lock") }
        let next: StaffPINFailures
        do {
            next = update(try decode(try contents(descriptor)))
        } catch {
            guard let damaged else { throw error }
            next = damaged()
        }
        try write(next, to: descriptor)
        return next
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
        if data.isEmpty { return StaffPINFailures() }
        do {
            return try Self.decoder.decode(StaffPINFailures.self, from: data)
        } catch {
            throw StaffExitFileError(path: path, reason: "not a staff exit record (\(error))")
        }
    }

    private func write(_ failures: StaffPINFailures, to descriptor: Int32) throws(StaffExitFileError) {
        guard let data = try? Self.encoder.encode(failures) else {
            throw StaffExitFileError(path: path, reason: "cannot encode the record")
        }
        let bytes = [UInt8](data) + [0x0A]
        guard ftruncate(descriptor, 0) == 0 else { throw failure("truncate") }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(written)) }
            if count <= 0 { throw failure("write") }
            written += count
        }
        fsync(descriptor)
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
