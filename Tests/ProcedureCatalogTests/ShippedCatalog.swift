import Foundation
@testable import ProcedureCatalog

/// The repository's `Catalog/`, loaded once for all tests that read the shipped data.
enum ShippedCatalog {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Catalog").path

    static let catalog: Catalog = {
        do {
            return try CatalogLoader.load(directory: folder)
        } catch {
            fatalError("The shipped catalog must load: \(error)")
        }
    }()

    static let index = SearchIndex(catalog: catalog)

    /// Codes of the results, best first.
    static func search(_ query: String, limit: Int = 10) -> [String] {
        index.search(query, limit: limit).map { catalog.procedures[$0.procedure].code.description }
    }
}
