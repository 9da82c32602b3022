import Foundation
import Glibc

/// A real disk that fills up: a tmpfs of its own, mounted by the test (which runs as root, as the test command
/// does) and unmounted when the value goes. `fill()` takes every free block with a filler file, so the next
/// write that needs a new block fails with ENOSPC, as on a full disk in a hall; `free()` gives them back.
public final class SmallDisk {
    public let path: String
    private var filler: String { path + "/.filler" }

    public enum Problem: Error, CustomStringConvertible {
        case mount(String)
        public var description: String {
            switch self {
            case .mount(let reason): "cannot mount a tmpfs (the full-disk tests run as root): \(reason)"
            }
        }
    }

    public init(megabytes: Int = 4) throws {
        path = TestScratch.root + "disk-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard mount("tmpfs", path, "tmpfs", 0, "size=\(megabytes)m,mode=0755") == 0 else {
            throw Problem.mount(String(cString: strerror(errno)))
        }
    }

    deinit {
        umount2(path, Int32(MNT_DETACH))
        rmdir(path)
    }

    /// Takes every free block. Returns how many bytes the filler holds.
    @discardableResult
    public func fill() -> Int {
        let descriptor = open(filler, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var total = 0
        // Large writes first, then smaller ones, down to single bytes: the last partial block is taken too.
        for size in [1 << 16, 4096, 512, 1] {
            let chunk = [UInt8](repeating: 0x55, count: size)
            while write(descriptor, chunk, size) == size { total += size }
        }
        return total
    }

    /// Gives the filler's blocks back.
    public func free() {
        unlink(filler)
    }

    /// Mounts the disk read-only (`writable: false`), as a failing disk or a bad fstab leaves it, or
    /// writable again: an unwritable path even for root, whom file modes do not stop.
    public func remount(writable: Bool) throws {
        let flags = UInt(MS_REMOUNT) | (writable ? 0 : UInt(MS_RDONLY))
        guard mount("tmpfs", path, "tmpfs", flags, nil) == 0 else {
            throw Problem.mount("remount: " + String(cString: strerror(errno)))
        }
    }

    /// Free bytes as the file system counts them.
    public var available: Int {
        var space = statvfs()
        guard statvfs(path, &space) == 0 else { return -1 }
        return Int(space.f_bavail) * Int(space.f_bsize)
    }
}
