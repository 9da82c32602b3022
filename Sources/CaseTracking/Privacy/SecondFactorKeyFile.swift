import Foundation
import Glibc

/// The key's file: read when it exists, created (mode 0600, never replaced) when it does not.
public enum SecondFactorKeyFile {
    /// Why the key cannot be had. The message names the file.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The key in `path`; with `create`, a new one is written there first when the file does not exist.
    public static func load(_ path: String, create: Bool) throws(Problem) -> SecondFactorKey {
        if create, !FileManager.default.fileExists(atPath: path) { try write(.generate(), to: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path)
                ? "cannot be read (permissions)" : "no such file (a kiosk creates it on first start)"
            throw Problem(path: path, reason: reason)
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let key = SecondFactorKey(hex: text) else {
            throw Problem(path: path, reason: "is not a second-factor key (64 hexadecimal digits)")
        }
        return key
    }

    /// Writes a new key file that only its owner can read; an existing file is never overwritten (it would
    /// make every imported case unreachable).
    public static func write(_ key: SecondFactorKey, to path: String) throws(Problem) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw Problem(path: path, reason: "its folder cannot be created: \(error.localizedDescription)")
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Problem(path: path, reason: "cannot be created: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let line = Array((key.hex + "\n").utf8)
        guard Glibc.write(descriptor, line, line.count) == line.count, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw Problem(path: path, reason: "cannot be written: \(reason)")
        }
    }

    /// Whether anyone but the file's owner may read it (what `kiosk doctor` refuses).
    public static func isReadableByOthers(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & (S_IRWXG | S_IRWXO) != 0
    }
}
