import Foundation
import Glibc
import KioskConfiguration

/// What the kiosk keeps in var/ is for its own user alone: masked case rows, ratings, the log, the staff exit's
/// record, the second-factor key. Files are 0600 and their folders 0700; the kiosk makes them so as it starts
/// (files made by an older version, or by hand), and `kiosk doctor` names any that others can read.
public struct PrivateFiles: Sendable {
    public let files: [String]
    public let folders: [String]

    /// The files kiosk.conf places, each with SQLite's companions and the log's rotation, and their folders.
    public init(config: KioskConfig) {
        var files = [config.casesDatabasePath, config.hallCopyPath, config.hallOutboxPath, config.queueDatabasePath]
            .flatMap { [$0, $0 + "-wal", $0 + "-shm"] }
        files += [config.logPath, config.logPath + ".1", (config.logPath as NSString).deletingPathExtension + ".stderr",
                  config.staffExitPath, config.ratingOutboxPath, config.secondFactorKeyPath,
                  Self.besideLog(config, "kiosk.pid")]
        if let snapshot = config.catalogSnapshotPath { files.append(snapshot) }
        self.files = files
        folders = Array(Set(files.map { (($0 as NSString).deletingLastPathComponent as NSString).standardizingPath }))
            .filter { !$0.isEmpty }.sorted()
    }

    private static func besideLog(_ config: KioskConfig, _ name: String) -> String {
        ((config.logPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
    }

    /// A file or folder that others than its owner may read or enter, with its mode.
    public struct Loose: Equatable, Sendable, CustomStringConvertible {
        public let path: String
        public let mode: mode_t
        /// A folder open to others shows its files' names, not what they hold.
        public var isFolder: Bool { mode & S_IFMT == S_IFDIR }
        public var description: String { "\(path) (\(String(mode & 0o777, radix: 8)))" }
    }

    /// Takes group and other rights away from every loose file and folder this user owns.
    public func tighten() {
        for (path, status) in open() where status.st_uid == geteuid() { chmod(path, status.st_mode & 0o700) }
    }

    /// What others may still read or enter (doctor's finding).
    public func loose() -> [Loose] {
        open().map { Loose(path: $0.path, mode: $0.status.st_mode) }
    }

    /// The files and folders that exist and others may read or enter, but for shared folders (another owner's,
    /// or sticky like /tmp), which are not the kiosk's to close.
    private func open() -> [(path: String, status: stat)] {
        (folders + files).compactMap { path in
            var status = stat()
            guard stat(path, &status) == 0, status.st_mode & 0o077 != 0 else { return nil }
            let shared = status.st_mode & S_IFMT == S_IFDIR && (status.st_mode & S_ISVTX != 0 || status.st_uid != geteuid())
            return shared ? nil : (path, status)
        }
    }
}
