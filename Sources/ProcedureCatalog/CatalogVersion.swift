import Crypto
import Foundation

/// Which catalog a kiosk runs, as an operator compares kiosks of a hall (`kiosk fleet status`, `kiosk validate`):
/// a digest of what the catalog's files hold (their names inside the folder and their bytes), so two kiosks
/// with the same files show the same version wherever the folder lies and whenever it was copied, and any edit
/// shows as another; and the date of its newest file, so an operator sees which of two versions is the newer.
public struct CatalogVersion: Sendable, Equatable, Codable {
    /// The first 12 hex digits of the SHA-256 (48 bits: two catalogs of one hall never collide by chance).
    public let digest: String
    /// When its newest file was last changed; nil when no file could be read.
    public let date: Date?

    public init(digest: String, date: Date?) {
        self.digest = digest
        self.date = date
    }

    /// The version of the catalog in `directory`. Reads every file (a few MB for a province: tens of
    /// milliseconds), so callers keep it until the catalog's fingerprint changes.
    public init(of directory: String) {
        let root = CatalogLoader.root(of: directory)
        var hash = SHA256()
        var newest: Date?
        for file in CatalogLoader.files(of: directory) {
            // The name inside the folder, then the length and the bytes: no two different catalogs hash alike
            // by moving bytes from one file into the next.
            let name = file.hasPrefix(root + "/") ? String(file.dropFirst(root.count + 1)) : file
            guard let data = FileManager.default.contents(atPath: file) else {
                hash.update(data: Data("\(name)\0absent\0".utf8))
                continue
            }
            hash.update(data: Data("\(name)\0\(data.count)\0".utf8))
            hash.update(data: data)
            if let state = FileState(path: file) {
                let modified = Date(timeIntervalSince1970: TimeInterval(state.modifiedSeconds))
                newest = max(newest ?? modified, modified)
            }
        }
        digest = hash.finalize().prefix(6).map { String(format: "%02x", $0) }.joined()
        date = newest
    }
}

extension CatalogVersion {
    /// The version of a folder whose files may change while the kiosk runs (a reload): read again only when
    /// the files' states (the snapshot's fingerprint, from `stat` alone) have changed since the last time.
    public final class Tracker: @unchecked Sendable {
        public let directory: String
        private let scope: CatalogScope
        private let lock = NSLock()
        private var known: (fingerprint: [UInt8], version: CatalogVersion)?

        public init(directory: String, scope: CatalogScope = .whole) {
            self.directory = directory
            self.scope = scope
        }

        public var current: CatalogVersion {
            let fingerprint = CatalogSnapshot.fingerprint(of: directory, scope: scope)
            return lock.withLock {
                if let known, known.fingerprint == fingerprint { return known.version }
                let version = CatalogVersion(of: directory)
                known = (fingerprint, version)
                return version
            }
        }
    }
}
