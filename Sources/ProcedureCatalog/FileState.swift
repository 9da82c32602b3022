import Foundation

/// What tells a file's edits apart without reading it: size, modification time to the nanosecond, and inode
/// (editors that save by writing a new file and renaming it change the inode even within the same second).
/// The catalog snapshot and the catalog watcher both decide "changed or not" by it.
public struct FileState: Hashable, Sendable {
    public let size: Int
    public let modifiedSeconds: Int
    public let modifiedNanoseconds: Int
    public let inode: Int

    /// The state of the file at `path`, or nil when it cannot be looked at (absent, no permission).
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        inode = Int(info.st_ino)
    }

    var numbers: [Int] { [size, modifiedSeconds, modifiedNanoseconds, inode] }
}
