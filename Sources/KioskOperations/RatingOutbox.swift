import CaseTracking
import Foundation
import Glibc

/// Ratings the case database could not take yet (a full disk, a locked file, a server away), kept in a file
/// beside the log, one JSON object a line, until a retry writes them. Ratings carry their idempotency key, so
/// a rating written twice (the write went through but its answer was lost) is still one rating.
public struct RatingOutbox: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Keeps `rating` for a later retry.
    public func keep(_ rating: Rating) throws {
        let line = try JSONEncoder().encode(rating) + Data([0x0A])
        let file: LockedFile
        do {
            file = try LockedFile(path, flags: O_WRONLY | O_CREAT | O_APPEND, mode: 0o640, lock: LOCK_EX)
        } catch {
            throw OutboxError(path: path, reason: error.reason)
        }
        defer { file.close() }
        let descriptor = file.descriptor
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else { throw OutboxError(path: path, reason: "short write") }
        fsync(descriptor)
    }

    /// Writes every waiting rating into `store`; those it still refuses stay. Returns how many were written.
    @discardableResult
    public func flush(into store: any RatingStore) -> Int {
        guard let file = try? LockedFile(path, flags: O_RDWR, lock: LOCK_EX) else { return 0 }
        defer { file.close() }
        let descriptor = file.descriptor
        guard let lines = try? Self.lines(of: path), !lines.isEmpty else { return 0 }
        var kept: [Data] = []
        var written = 0
        for line in lines {
            // A line that is not a rating (a torn last write) is dropped: it can never be written.
            guard let rating = try? JSONDecoder().decode(Rating.self, from: line) else { continue }
            do {
                try store.save(rating)
                written += 1
            } catch {
                kept.append(line)
            }
        }
        let rest = kept.reduce(Data()) { $0 + $1 + Data([0x0A]) }
        ftruncate(descriptor, 0)
        _ = rest.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        fsync(descriptor)
        return written
    }

    /// The ratings waiting, oldest first.
    public func pending() throws -> [Rating] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try Self.lines(of: path).compactMap { try? JSONDecoder().decode(Rating.self, from: $0) }
    }

    private static func lines(of path: String) throws -> [Data] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return data.split(separator: 0x0A).map { Data($0) }
    }
}

public struct OutboxError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}
