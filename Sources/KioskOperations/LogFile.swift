import Foundation
import Glibc
import ProcedureCatalog

/// An append-only log file with a size cap: when it passes `maxBytes` it becomes `NAME.1` (the previous `.1`
/// is dropped) and a new file starts, so months of running never fill the disk.
public final class LogFile: @unchecked Sendable {
    public let path: String
    public let maxBytes: Int
    private let lock = NSLock()
    private var handle: FileHandle?
    private var size = 0

    public static let defaultMaxBytes = 2_000_000

    public init(path: String, maxBytes: Int = defaultMaxBytes) throws {
        self.path = path
        self.maxBytes = maxBytes
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try open()
    }

    deinit {
        try? handle?.close()
    }

    /// Appends the line whole, or not at all: a write cut short (a full disk) is taken back, so the log never
    /// holds half a JSON line. A line that could not be written is lost; the next one tries again.
    public func append(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        let data = Data((line + "\n").utf8)
        if size + data.count > maxBytes { rotate() }
        if handle == nil { try? open() }
        guard let handle else { return }
        do {
            try handle.write(contentsOf: data)
            size += data.count
        } catch {
            // Whatever part of this line reached the file is cut off again: the file ends where the last
            // whole line did.
            _ = ftruncate(handle.fileDescriptor, off_t(size))
            try? handle.seek(toOffset: UInt64(size))
        }
    }

    private func open() throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        size = Int(try handle.seekToEnd())
        self.handle = handle
    }

    private func rotate() {
        try? handle?.close()
        handle = nil
        Self.rotate(path)
        try? open()
    }

    /// `NAME` becomes `NAME.1` (the previous `.1` is dropped) when it holds more than `limit` bytes.
    public static func rotate(_ path: String, ifLargerThan limit: Int) {
        guard let size = FileState(path: path)?.size, size > limit else { return }
        rotate(path)
    }

    private static func rotate(_ path: String) {
        let old = path + ".1"
        try? FileManager.default.removeItem(atPath: old)
        try? FileManager.default.moveItem(atPath: path, toPath: old)
    }
}
