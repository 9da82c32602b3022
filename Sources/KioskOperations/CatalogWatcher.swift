import Foundation
import ProcedureCatalog

/// Notices when the catalog folder changes (a file added, removed, rewritten) and loads the new catalog off the
/// kiosk's loop; the loop takes it when it is ready. A catalog that does not validate is rejected with its
/// problems, and the kiosk keeps the last good one.
public final class CatalogWatcher: @unchecked Sendable {
    public enum Outcome: Sendable {
        case loaded(Loaded)
        case rejected([CatalogProblem])
    }

    /// A new catalog with its index. A class: the large pair travels as one reference (with the pair inline, the
    /// debug build's Optional<Outcome> layout crashed on destroy — seen with Swift 6.3.1).
    public final class Loaded: Sendable {
        public let catalog: Catalog
        public let index: SearchIndex

        init(catalog: Catalog, index: SearchIndex) {
            self.catalog = catalog
            self.index = index
        }
    }

    public let folder: String
    private let lock = NSLock()
    private var fingerprint: Int
    private var underWay = false
    private var ready: Outcome?

    /// Where a reloaded catalog's snapshot goes, so that the next start reads it (nil: none).
    public let snapshot: String?

    /// Which procedures the kiosk shows (kiosk.conf `catalog.all_levels`).
    public let scope: CatalogScope

    /// How a reload runs: on a thread of its own (the kiosk: a national catalog takes seconds), or at once on
    /// the caller's (tests of the loop, which own their time).
    public enum Loading: Sendable {
        case background, inline
    }

    let loading: Loading

    public init(folder: String, snapshot: String? = nil, scope: CatalogScope = .whole, loading: Loading = .background) {
        self.scope = scope
        self.folder = folder
        self.snapshot = snapshot
        self.loading = loading
        fingerprint = Self.fingerprint(of: folder)
    }

    /// Starts a reload when the folder changed since the last look, or when `force` (an operator asked).
    public func check(force: Bool = false) {
        let now = Self.fingerprint(of: folder)
        lock.lock()
        let changed = now != fingerprint
        fingerprint = now
        guard (changed || force) && !underWay else {
            lock.unlock()
            return
        }
        underWay = true
        lock.unlock()
        switch loading {
        case .background: Thread.detachNewThread { [self] in load() }
        case .inline: load()
        }
    }

    private func load() {
        let outcome: Outcome
        do {
            let loaded = try CatalogLoader.loadIndexed(directory: folder, snapshot: snapshot, scope: scope)
            outcome = .loaded(Loaded(catalog: loaded.catalog, index: loaded.index))
        } catch let error as CatalogProblems {
            outcome = .rejected(error.problems)
        } catch {
            outcome = .rejected([])
        }
        lock.withLock {
            ready = outcome
            underWay = false
        }
    }

    /// The result of a finished reload, once.
    public func take() -> Outcome? {
        lock.lock()
        defer { lock.unlock() }
        let outcome = ready
        ready = nil
        return outcome
    }

    /// Paths and states (size, modification time, inode) of every file under the folder, hashed.
    static func fingerprint(of folder: String) -> Int {
        var hasher = Hasher()
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var paths: [String] = []
        while let path = walker.nextObject() as? String { paths.append(path) }
        for path in paths.sorted() {
            hasher.combine(path)
            hasher.combine(FileState(path: folder + "/" + path))
        }
        return hasher.finalize()
    }
}
