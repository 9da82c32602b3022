import Foundation
import ProcedureCatalog
import Yams

extension ImportPlan {
    /// A procedure of the national data into the plan, the one way both imports (`import list`, `import
    /// national`) write one: merged into its file when the catalog has it (what operators added is kept, the
    /// national keys updated), else a new file in its field's folder. Returns false (nothing planned) when the
    /// catalog's file holds more than this procedure: it cannot be merged, and the caller says so.
    ///
    /// `header`: the comment a new file starts with, and a merged one when `rewriteHeader` says so (a file the
    /// other import wrote keeps its own). `changedAs`: the code the summary lists a changed procedure under.
    mutating func write(_ national: Node.Mapping, code: String, field: String, previous: Procedure?,
                        existing: CatalogProcedures, merge: RecordMerge, header: String, rewriteHeader: Bool,
                        changedAs: String) -> Bool {
        guard let previous else {
            let path = "\(CatalogLoader.proceduresFolder)/\(field.lowercased())/\(code).yaml"
            files[path] = ProcedureNode.file(merge.merge(existing: nil, national: national).record, header: header)
            summary.added.append(code)
            return true
        }
        let path = existing.relativeFile(of: previous)
        guard let old = Self.singleRecord(at: "\(existing.root)/\(path)") else { return false }
        let (merged, changed) = merge.merge(existing: old, national: national)
        if changed.isEmpty && RecordMerge.same(.mapping(merged), .mapping(old)) {
            summary.unchanged += 1
        } else {
            files[path] = ProcedureNode.file(merged, header: rewriteHeader ? header : "")
            summary.changed.append(ImportSummary.Change(code: changedAs, keys: changed))
        }
        return true
    }

    /// The one procedure a catalog file holds, or nil when it holds several (or cannot be read).
    static func singleRecord(at path: String) -> Node.Mapping? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let documents = try? Array(Yams.compose_all(yaml: text)), documents.count == 1,
              case .mapping(let mapping) = documents[0]
        else { return nil }
        return mapping
    }
}
