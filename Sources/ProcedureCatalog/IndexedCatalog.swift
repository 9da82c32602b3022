/// A loaded catalog with its search index ready, and where it came from.
public struct IndexedCatalog: Sendable {
    public enum Source: Sendable, Equatable {
        /// Read from the YAML files and validated; `snapshotProblem` says why no snapshot could be written.
        case files
        /// Read from a snapshot of exactly these files.
        case snapshot
        /// The files do not validate (`rejected` says why): the last snapshot this program wrote for the folder.
        case lastGoodSnapshot
    }

    public let catalog: Catalog
    public let index: SearchIndex
    public let source: Source
    /// A snapshot that could not be read or written (the catalog itself is fine): for the log.
    public let snapshotProblem: String?
    /// What is wrong with the files, when the catalog is the last good snapshot instead.
    public var rejected: [CatalogProblem] = []
}

extension CatalogLoader {
    /// How the kiosk starts: as `loadIndexed`, but when the files do not validate and a snapshot of an earlier
    /// good catalog is there, that one (as a live reload keeps the last good catalog), with the problems in
    /// `rejected`. A kiosk in a hall keeps serving on a typo; only with no snapshot do the problems stop it.
    public static func loadIndexedOrLastGood(directory: String, snapshot: String?, scope: CatalogScope = .whole)
        throws(CatalogProblems) -> IndexedCatalog
    {
        do {
            return try loadIndexed(directory: directory, snapshot: snapshot, scope: scope)
        } catch {
            guard let snapshot,
                  let (catalog, index) = try? CatalogSnapshot.readLastGood(snapshot, directory: directory, scope: scope)
            else { throw error }
            var loaded = IndexedCatalog(catalog: catalog, index: index, source: .lastGoodSnapshot, snapshotProblem: nil)
            loaded.rejected = error.problems
            return loaded
        }
    }

    /// Loads the catalog and its index, from the snapshot at `snapshot` when it matches the files, else from the
    /// files (then refreshing the snapshot). A catalog with problems throws them, as `load` does, and writes no
    /// snapshot.
    public static func loadIndexed(directory: String, snapshot: String?, scope: CatalogScope = .whole)
        throws(CatalogProblems) -> IndexedCatalog {
        guard let snapshot else {
            let catalog = try load(directory: directory).scoped(scope)
            return IndexedCatalog(catalog: catalog, index: SearchIndex(catalog: catalog), source: .files,
                                  snapshotProblem: nil)
        }
        // Taken before the files are read: a file edited meanwhile makes the next start read them again.
        let fingerprint = CatalogSnapshot.fingerprint(of: directory, scope: scope)
        var problem: String?
        do {
            if let (catalog, index) = try CatalogSnapshot.read(snapshot, fingerprint: fingerprint) {
                return IndexedCatalog(catalog: catalog, index: index, source: .snapshot, snapshotProblem: nil)
            }
        } catch {
            problem = "snapshot \(snapshot) not used: \(error)"
        }
        let catalog = try load(directory: directory).scoped(scope)
        let index = SearchIndex(catalog: catalog)
        do {
            try CatalogSnapshot.write(catalog, index, fingerprint: fingerprint, to: snapshot)
        } catch {
            problem = [problem, "snapshot \(snapshot) not written: \(error.localizedDescription)"]
                .compactMap { $0 }.joined(separator: "; ")
        }
        return IndexedCatalog(catalog: catalog, index: index, source: .files, snapshotProblem: problem)
    }
}
