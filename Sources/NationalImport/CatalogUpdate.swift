import Foundation
import ProcedureCatalog

/// Applies an import to a catalog folder without ever leaving it half-written: the folder is copied beside
/// itself, the plan written into the copy, the copy loaded and validated as the kiosk would, and only then put
/// in the folder's place. A plan that makes the catalog invalid changes nothing and says why.
public enum CatalogUpdate {
    public enum Failure: Error {
        /// The updated copy is not a valid catalog: these are its problems (paths inside the copy).
        case invalid(CatalogProblems)
        case io(String)
    }

    public static func apply(_ plan: ImportPlan, to folder: String) throws(Failure) {
        let root = CatalogLoader.rootPath(of: folder)
        let parent = (root as NSString).deletingLastPathComponent
        let name = (root as NSString).lastPathComponent
        let base = parent.isEmpty ? "" : "\(parent)/"
        let staging = "\(base).\(name).import-\(getpid())"
        let previous = "\(base).\(name).previous-\(getpid())"
        let files = FileManager.default
        try? files.removeItem(atPath: staging)
        do {
            try files.copyItem(atPath: root, toPath: staging)
            try write(plan, into: staging)
        } catch {
            try? files.removeItem(atPath: staging)
            throw .io("\(staging): \(error.localizedDescription)")
        }
        do {
            _ = try CatalogLoader.load(directory: staging)
        } catch {
            try? files.removeItem(atPath: staging)
            throw .invalid(error)
        }
        // Two renames: the folder is the old catalog or the new one at every moment but the instant between.
        guard rename(root, previous) == 0 else {
            try? files.removeItem(atPath: staging)
            throw .io("\(root): \(String(cString: strerror(errno)))")
        }
        guard rename(staging, root) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(previous, root)
            try? files.removeItem(atPath: staging)
            throw .io("\(root): \(reason)")
        }
        try? files.removeItem(atPath: previous)
    }

    private static func write(_ plan: ImportPlan, into folder: String) throws {
        let files = FileManager.default
        for (path, text) in plan.files {
            let target = "\(folder)/\(path)"
            try files.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                      withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        }
        for path in plan.removals { try files.removeItem(atPath: "\(folder)/\(path)") }
        try append(plan.newFieldsYAML, to: "\(folder)/\(CatalogLoader.fieldsFile)", list: "fields")
        try append(plan.newAgenciesYAML, to: "\(folder)/\(CatalogLoader.agenciesFile)", list: "agencies")
    }

    /// Records added at the end of a file whose list is its last key (as the catalog's files are written).
    private static func append(_ records: String, to path: String, list: String) throws {
        guard !records.isEmpty else { return }
        var text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "\(list):\n"
        if !text.hasSuffix("\n") { text += "\n" }
        text += records
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
