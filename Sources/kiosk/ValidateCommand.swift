import ArgumentParser
import CaseTracking
import Foundation
import KioskConfiguration
import ProcedureCatalog

/// `kiosk validate`: every problem of the catalog and kiosk.conf, or a summary of a good catalog.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check kiosk.conf and the catalog; list every problem, or summarise a good catalog."
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        let config = try options.loadConfig()
        let catalog = try options.loadCatalog(config)
        let language = options.language(config)
        try validateDemoCases(catalog, config: config)
        _ = try Tours.load(catalog: catalog, folder: options.catalog ?? config.catalogPath, config: config)
        let version = CatalogVersion(of: options.catalog ?? config.catalogPath)
        Output.line(CatalogSummary(catalog, version: version).text(in: language))
        warnOfUnusedSynonyms(catalog.scoped(config.catalogScope), language)
    }
}

extension ValidateCommand {
    /// A synonym group no procedure the kiosks show holds: a typing error in `catalog_says`, or a procedure gone.
    private func warnOfUnusedSynonyms(_ shown: Catalog, _ language: Language) {
        let unused = SearchIndex(catalog: shown).unusedSynonymGroups
        guard !unused.isEmpty else { return }
        let vi = language == .vi
        Output.line(vi ? "CẢNH BÁO: \(unused.count) nhóm từ đồng nghĩa trong search.yaml không khớp thủ tục nào kiosk hiển thị (sửa catalog_says cho đúng chữ trong tên thủ tục, hoặc bỏ nhóm):"
                       : "WARNING: \(unused.count) synonym groups of search.yaml apply to no procedure the kiosks show (correct catalog_says to words of a procedure's name, or remove the group):")
        for group in unused {
            let says = group.catalogSays.isEmpty ? "" : "  catalog_says: [\(group.catalogSays.joined(separator: ", "))]"
            Output.line("  citizens_say: [\(group.citizensSay.prefix(4).joined(separator: ", "))\(group.citizensSay.count > 4 ? ", …" : "")]" + says)
        }
    }

    /// The demo cases must name procedures of this catalog and make valid receipt numbers.
    private func validateDemoCases(_ catalog: Catalog, config: KioskConfig) throws {
        let file = "\(options.catalog ?? config.catalogPath)/\(DemoCases.fileName)"
        guard FileManager.default.fileExists(atPath: file) else { return }
        do {
            _ = try DemoCases.load(file: file, today: LocalDay(Date(), in: .current),
                                   procedureCodes: Set(catalog.procedures.map(\.code.description)))
        } catch {
            for problem in error.problems { Output.error(CatalogText.inert(problem.description)) }
            throw ExitCode(1)
        }
    }
}

/// Procedures per level and per field, for an operator who just changed the catalog, and its version (as
/// `kiosk fleet status` shows each kiosk's).
struct CatalogSummary {
    let catalog: Catalog
    let version: CatalogVersion?

    init(_ catalog: Catalog, version: CatalogVersion? = nil) {
        self.catalog = catalog
        self.version = version
    }

    func text(in language: Language) -> String {
        let vi = language == .vi
        var lines: [String] = []
        let synthetic = catalog.procedures.filter(\.synthetic).count
        lines.append(vi
            ? "Danh mục hợp lệ: \(catalog.publisher.vi) — \(catalog.procedures.count) thủ tục, \(catalog.fields.count) lĩnh vực, \(catalog.agencies.count) cơ quan."
            : "Catalog is valid: \(catalog.publisher.en) — \(catalog.procedures.count) procedures, \(catalog.fields.count) fields, \(catalog.agencies.count) agencies.")
        if let version {
            let date = version.date.map { Output.stamp($0) } ?? "?"
            lines.append(vi ? "Phiên bản danh mục: \(version.digest) (tệp mới nhất sửa lúc \(date))."
                : "Catalog version: \(version.digest) (newest file changed \(date)).")
        }
        if synthetic > 0 {
            lines.append(vi ? "CẢNH BÁO: \(synthetic) thủ tục là dữ liệu tổng hợp." : "WARNING: \(synthetic) procedures are synthetic data.")
        }
        let untranslated = catalog.procedures.filter(\.listing.englishMissing)
        if !untranslated.isEmpty {
            lines.append(vi
                ? "CẢNH BÁO: \(untranslated.count) thủ tục chưa có tiếng Anh (english: missing; màn hình tiếng Anh hiện tiếng Việt) — danh sách ở cuối."
                : "WARNING: \(untranslated.count) procedures have no English yet (english: missing; the English screens show their Vietnamese) — listed at the end.")
        }
        lines.append(vi ? "Theo cấp thực hiện:" : "By level:")
        for level in catalog.levels {
            lines.append(row(level.name[language], catalog.procedures(atLevel: level.id).count))
        }
        lines.append(vi ? "Theo lĩnh vực:" : "By field:")
        var perField: [String: Int] = [:]
        for procedure in catalog.procedures { perField[procedure.field, default: 0] += 1 }
        for field in catalog.fields {
            lines.append(row("\(field.name[language]) (\(field.id))", perField[field.id, default: 0]))
        }
        if !untranslated.isEmpty {
            lines.append(vi ? "Chưa có tiếng Anh (\(untranslated.count)):" : "No English yet (\(untranslated.count)):")
            for procedure in untranslated.sorted(by: { $0.code < $1.code }) {
                lines.append("  \(procedure.code)  \(procedure.name.vi)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ label: String, _ count: Int) -> String {
        let padded = label.count < 48 ? label + String(repeating: " ", count: 48 - label.count) : label
        return "  \(padded) \(String(count).leftPadded(to: 6, with: " "))"
    }
}
