import Foundation
import ProcedureCatalog
import Yams

/// `kiosk import national`: national procedure records into the catalog as procedure files in its format, merged
/// with what is there. The record owns the procedure's contents (name, levels, field, agency, where to submit,
/// channels with times and fees, steps, documents, who may apply, conditions, results, legal basis); everything
/// else in a file is the operator's (see `RecordMerge`). A record the catalog's format cannot hold in full is
/// refused with the reason; a withdrawn one (TRANGTHAI not 1) is reported and removed only when asked.
public struct RecordImport: CatalogImport {
    static let ownedKeys = [
        "name", "information_only", "levels", "field", "agency", "submit_at", "channels", "steps", "documents",
        "applicants", "conditions", "results", "legal_basis",
    ]
    static let header = """
        # A procedure of the national procedure database, written by `kiosk import national`. Add English (en),
        # keywords, popularity, featured or local_note freely: a re-import keeps them and updates what the
        # national record says (the English of a changed text is kept: check its translation).

        """

    public let target: ImportTarget

    public init(target: ImportTarget) { self.target = target }

    public func plan(_ records: [NationalRecord], problems: [ImportProblem]) -> ImportPlan {
        var plan = ImportPlan()
        plan.summary.skipped = problems
        var names = CatalogNames(catalog)
        var newAgencies: [String: String] = [:]
        let existing = CatalogProcedures(catalog, folder: folder)
        var seen: Set<String> = []
        for record in records {
            let national = String(record.code.prefix(8))
            guard seen.insert(national).inserted else {
                plan.summary.skipped.append(problem(record, "", "mã đã có ở bản ghi trước",
                                                    "the same code as an earlier record"))
                continue
            }
            let found = existing.procedures(national: national)
            guard record.isPublic else {
                if !found.isEmpty {
                    plan.summary.withdrawn.append(record.code)
                    if removeWithdrawn { plan.removals += found.map(existing.relativeFile(of:)) }
                    plan.summary.removedWithdrawn = removeWithdrawn
                } else {
                    plan.summary.skipped.append(problem(record, "TRANGTHAI", "thủ tục không còn công khai",
                                                        "the procedure is not public"))
                }
                continue
            }
            add(record, found: found, existing: existing, names: &names, newAgencies: &newAgencies, plan: &plan)
        }
        return plan
    }

    private func problem(_ record: NationalRecord, _ key: String, _ vi: String, _ en: String) -> ImportProblem {
        let path = [record.path, key].filter { !$0.isEmpty }.joined(separator: ".")
        return ImportProblem(file: record.file, code: record.code, path: path, message: LocalizedText(vi: vi, en: en))
    }

    private func add(_ record: NationalRecord, found: [Procedure], existing: CatalogProcedures,
                     names: inout CatalogNames, newAgencies: inout [String: String], plan: inout ImportPlan) {
        var levels: [String] = []
        for level in record.levels {
            guard let id = names.level(code: level.code) ?? level.name.flatMap(names.level(named:)) else {
                plan.summary.skipped.append(problem(record, "CAPTHUCHIEN",
                    "cấp \(level.code) không có trong bảng national_levels của catalog.yaml",
                    "level \(level.code) has no row in the national_levels table of catalog.yaml"))
                return
            }
            if !levels.contains(id) { levels.append(id) }
        }
        var missing: [String] = []
        if record.channels.isEmpty { missing.append("CACHTHUCTHUCHIEN") }
        if record.steps.allSatisfy(\.items.isEmpty) { missing.append("TRINHTUTHUCHIEN") }
        if record.documents.allSatisfy(\.items.isEmpty) { missing.append("THANHPHANHOSO") }
        if record.results.isEmpty { missing.append("KETQUATHUCHIEN") }
        if record.legalBasis.isEmpty { missing.append("CANCUPHAPLY") }
        if record.applicants == nil { missing.append("MOTADOITUONGTHUCHIEN") }
        guard missing.isEmpty else {
            let list = missing.joined(separator: ", ")
            plan.summary.skipped.append(problem(record, "", "thiếu \(list): danh mục cần đủ để hiện thủ tục",
                                                "no \(list): the catalog needs them to show the procedure"))
            return
        }
        guard let fieldUnit = record.field else { return }
        let field = fieldUnit.code.flatMap(names.field(code:)) ?? names.field(named: fieldUnit.name)
            ?? newField(fieldUnit, names: &names, plan: &plan)
        let agency = record.agencies.first.map {
            agencyID($0, level: levels.first ?? "", names: &names, newAgencies: &newAgencies, plan: &plan)
        }
        // A new file, or an entry of the list now described in full, takes its online level from the record.
        let anew = found.first.map(\.isInformationOnly) ?? true
        let node = NationalProcedureNode.make(record, levels: levels, field: field, agency: agency,
                                              code: found.first == nil ? record.code : nil, online: anew)
        let merge = RecordMerge(owned: Self.ownedKeys + (anew ? ["online"] : []))
        let previous = found.first
        if !plan.write(node, code: record.code, field: field, previous: previous, existing: existing, merge: merge,
                       header: Self.header, rewriteHeader: previous?.isInformationOnly ?? true,
                       changedAs: previous?.code.description ?? record.code),
           let previous
        {
            let path = existing.relativeFile(of: previous)
            plan.summary.skipped.append(problem(record, "", "tệp \(path) không chỉ chứa một thủ tục: không gộp được",
                                                "the file \(path) holds more than this procedure: it cannot be merged"))
        }
    }

    /// A field the catalog lacks: its national code (MALINHVUC) where that can be a key, else initials.
    private func newField(_ unit: NationalRecord.Unit, names: inout CatalogNames, plan: inout ImportPlan) -> String {
        let usable = unit.code.map { code in code.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } }
        let code = (usable == true ? unit.code : nil).flatMap { names.fieldCodes.contains($0) ? nil : $0 }
            ?? FieldCodes.make(for: unit.name, taken: names.fieldCodes)
        plan.addField(code, name: unit.name, nationalCode: unit.code, names: &names)
        return code
    }

    /// The catalog's agency for the record's (by identifier, then name), else one added to agencies.yaml under
    /// the record's code for it (MADONVI), in Vietnamese only.
    private func agencyID(_ unit: NationalRecord.Unit, level: String, names: inout CatalogNames,
                          newAgencies: inout [String: String], plan: inout ImportPlan) -> String {
        if let code = unit.code, let id = names.agency(identifier: code) { return id }
        if let id = names.agency(named: unit.name) { return id }
        let key = unit.code ?? unit.name
        if let id = newAgencies[key] { return id }
        let id = "CQ-" + (unit.code ?? FieldCodes.make(for: unit.name, taken: []))
        newAgencies[key] = id
        var yaml = "  - id: \(quotedYAML(id))\n"
        if let code = unit.code, AgencyIdentifier(code) != nil { yaml += "    identifier: \(quotedYAML(code))\n" }
        yaml += "    name: {vi: \(quotedYAML(unit.name))}\n    english: missing\n    level: \(level)\n"
        plan.newAgenciesYAML += yaml
        plan.summary.newAgencies.append((id, unit.name))
        return id
    }

}
