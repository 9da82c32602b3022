import Foundation
import ProcedureCatalog

/// The files an import writes into the catalog folder, relative to it, and what it says it did.
public struct ImportPlan: Sendable {
    /// Procedure files to write (created or merged), by path relative to the catalog folder.
    public var files: [String: String] = [:]
    /// Procedure files to remove (withdrawn, with `--remove-withdrawn`).
    public var removals: [String] = []
    /// Field records to append to fields.yaml.
    public var newFieldsYAML = ""
    /// Agency records to append to agencies.yaml.
    public var newAgenciesYAML = ""
    public var summary = ImportSummary()

    /// A field the catalog lacks, added at the end of fields.yaml under `code`, in Vietnamese only until someone
    /// writes its English; known to `names` from now on.
    mutating func addField(_ code: String, name: String, nationalCode: String? = nil, names: inout CatalogNames) {
        names.add(Field(id: code, name: LocalizedText(vietnameseOnly: name), nationalCode: nationalCode))
        summary.newFields.append((code, name))
        newFieldsYAML += "  - code: \(code)\n    name: {vi: \(quotedYAML(name))}\n    english: missing\n"
            + (nationalCode.map { "    national_code: \(quotedYAML($0))\n" } ?? "")
    }

    public var isEmpty: Bool { files.isEmpty && removals.isEmpty && newFieldsYAML.isEmpty && newAgenciesYAML.isEmpty }
}

/// The procedures of a loaded catalog by national code, with the file each was read from.
struct CatalogProcedures {
    let root: String
    private var byNational: [String: [Procedure]] = [:]

    init(_ catalog: Catalog, folder: String) {
        root = CatalogLoader.rootPath(of: folder)
        for procedure in catalog.procedures { byNational[procedure.code.national, default: []].append(procedure) }
    }

    func procedures(national code: String) -> [Procedure] { byNational[code] ?? [] }

    var informationOnly: [Procedure] { byNational.values.flatMap { $0 }.filter(\.isInformationOnly) }

    /// The procedure's file relative to the catalog folder.
    func relativeFile(of procedure: Procedure) -> String {
        let file = procedure.source.file
        return file.hasPrefix(root + "/") ? String(file.dropFirst(root.count + 1)) : file
    }
}

/// A YAML double-quoted scalar: names hold no control characters (the readers refuse them), so escaping the
/// backslash and the quote is enough.
func quotedYAML(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
