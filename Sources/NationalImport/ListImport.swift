import Foundation
import ProcedureCatalog
import Yams

/// `kiosk import list`: each procedure of the portal's published list that the catalog lacks becomes an
/// information-only entry (name, code, field, levels, handling agency, portal page); entries imported before
/// are merged with the list as it is now; procedures the catalog holds in full are left alone.
public struct ListImport: CatalogImport {
    /// The keys an entry of the list owns: everything else in its file is the operator's.
    static let ownedKeys = [
        "code", "name", "information_only", "levels", "field", "handled_by", "applicants", "portal", "decision",
    ]
    static let header = """
        # An entry of the National Public Service Portal's list, written by `kiosk import list`. The details are on
        # the portal page. Add English (en), agency, keywords, popularity, featured or local_note freely: a
        # re-import keeps them and updates only what the list says.

        """

    public let target: ImportTarget

    public init(target: ImportTarget) { self.target = target }

    public func plan(_ entries: [NationalListEntry], file: String, problems: [ImportProblem]) -> ImportPlan {
        var plan = ImportPlan()
        plan.summary.skipped = problems
        var names = CatalogNames(catalog)
        let existing = CatalogProcedures(catalog, folder: folder)
        var seen: [String: Int] = [:]
        for entry in entries {
            if let first = seen[entry.code] {
                plan.summary.skipped.append(ImportProblem(file: file, line: entry.line, code: entry.code, message:
                    LocalizedText(vi: "mã trùng với dòng \(first)", en: "the same code as line \(first)")))
                continue
            }
            seen[entry.code] = entry.line
            add(entry, file: file, names: &names, existing: existing, plan: &plan)
        }
        for procedure in existing.informationOnly where seen[procedure.code.national] == nil {
            plan.summary.withdrawn.append(procedure.code.description)
            if removeWithdrawn { plan.removals.append(existing.relativeFile(of: procedure)) }
        }
        plan.summary.withdrawn.sort()
        plan.summary.removedWithdrawn = removeWithdrawn && !plan.summary.withdrawn.isEmpty
        return plan
    }

    private func add(_ entry: NationalListEntry, file: String, names: inout CatalogNames,
                     existing: CatalogProcedures, plan: inout ImportPlan) {
        func skip(_ path: String, _ vi: String, _ en: String) {
            plan.summary.skipped.append(ImportProblem(
                file: file, line: entry.line, code: entry.code, path: path, message: LocalizedText(vi: vi, en: en)))
        }
        let found = existing.procedures(national: entry.code)
        if found.contains(where: { !$0.isInformationOnly }) {
            plan.summary.keptInFull.append(entry.code)
            return
        }
        var levels: [String] = []
        for name in entry.levels {
            guard let level = names.level(named: name) else {
                skip("levels", "cấp \"\(name)\" không có trong bảng national_levels của catalog.yaml",
                     "level \"\(name)\" has no row in the national_levels table of catalog.yaml")
                return
            }
            if !levels.contains(level) { levels.append(level) }
        }
        let rank = Dictionary(catalog.levels.map { ($0.id, $0.rank) }) { first, _ in first }
        levels.sort { (rank[$0] ?? 0) < (rank[$1] ?? 0) }
        let field = names.field(named: entry.field) ?? newField(entry.field, names: &names, plan: &plan)
        let agency = entry.handlingAgency.flatMap(names.agency(named:))

        var node = ProcedureNode()
        node.set("code", ProcedureNode.scalar(entry.code, quoted: true))
        node.set("name", ProcedureNode.vietnamese(entry.name))
        node.set("information_only", ProcedureNode.flag(true))
        node.set("levels", ProcedureNode.list(levels))
        node.set("field", ProcedureNode.scalar(field))
        if let agency { node.set("agency", ProcedureNode.scalar(agency)) }
        node.set("handled_by", ProcedureNode.vietnamese(agency == nil ? entry.handlingAgency : nil))
        node.set("applicants", ProcedureNode.vietnamese(entry.applicants))
        node.set("portal", ProcedureNode.scalar(entry.portal, quoted: true))
        node.set("decision", entry.decision.map { ProcedureNode.scalar($0, quoted: true) })
        let merge = RecordMerge(owned: Self.ownedKeys + (agency == nil ? [] : ["agency"]))

        if !plan.write(node.mapping, code: entry.code, field: field, previous: found.first, existing: existing,
                       merge: merge, header: Self.header, rewriteHeader: true, changedAs: entry.code),
           let previous = found.first
        {
            let path = existing.relativeFile(of: previous)
            skip("", "tệp \(path) không chỉ chứa một thủ tục: không gộp được",
                 "the file \(path) holds more than this procedure: it cannot be merged")
        }
    }

    /// A field the catalog lacks: added to fields.yaml under a new code, in Vietnamese only.
    private func newField(_ name: String, names: inout CatalogNames, plan: inout ImportPlan) -> String {
        let code = FieldCodes.make(for: name, taken: names.fieldCodes)
        plan.addField(code, name: name, names: &names)
        return code
    }
}
