import ProcedureCatalog

/// What both imports of national data start from: the catalog as loaded, its folder, and whether procedures
/// the national data no longer has are removed (`--remove-withdrawn`) or only listed.
public struct ImportTarget: Sendable {
    public let catalog: Catalog
    public let folder: String
    public let removeWithdrawn: Bool
}

/// An import of national data into the catalog (`ListImport`, `RecordImport`): made the same way, planning
/// files that `CatalogUpdate` writes.
public protocol CatalogImport {
    var target: ImportTarget { get }
    init(target: ImportTarget)
}

extension CatalogImport {
    public init(catalog: Catalog, folder: String, removeWithdrawn: Bool = false) {
        self.init(target: ImportTarget(catalog: catalog, folder: folder, removeWithdrawn: removeWithdrawn))
    }

    var catalog: Catalog { target.catalog }
    var folder: String { target.folder }
    var removeWithdrawn: Bool { target.removeWithdrawn }
}
