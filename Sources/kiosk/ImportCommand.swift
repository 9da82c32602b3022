import ArgumentParser
import Foundation
import NationalImport
import ProcedureCatalog

/// `kiosk import`: the national data into the catalog, merged with what operators wrote by hand.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring the national procedure data into the catalog (a merge: hand-written additions stay).",
        subcommands: [ImportNationalCommand.self, ImportListCommand.self]
    )
}

/// `kiosk import list FILE.tsv`: the portal's published list as information-only entries.
struct ImportListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Add each procedure of the portal's published list (national-procedures.tsv layout) that the "
            + "catalog lacks as an information-only entry; update those imported before."
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: "The published list, tab-separated with a header row.")
    var file: String

    @Flag(name: .long, help: "Print what would change and write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Remove the information-only entries the list no longer has.")
    var removeWithdrawn = false

    func run() throws {
        let config = try options.loadConfig()
        let language = options.language(config)
        let folder = options.catalog ?? config.catalogPath
        let catalog = try options.loadCatalog(config)
        let (entries, problems) = NationalListReader.read(file: file)
        let plan = ListImport(catalog: catalog, folder: folder, removeWithdrawn: removeWithdrawn)
            .plan(entries, file: file, problems: problems)
        try CatalogImportRun(folder: folder, language: language, dryRun: dryRun).finish(plan)
    }
}

/// `kiosk import national PATH…`: the national procedure database's records as procedures of the catalog.
struct ImportNationalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "national",
        abstract: "Write the national procedure records (JSON: one, an array, the service's envelope, or a folder "
            + "of such files) into the catalog, merged with what is there."
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: "Record files or folders of them.")
    var paths: [String]

    @Flag(name: .long, help: "Print what would change and write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Remove the procedures the records mark as withdrawn (TRANGTHAI not 1).")
    var removeWithdrawn = false

    func run() throws {
        let config = try options.loadConfig()
        let folder = options.catalog ?? config.catalogPath
        let catalog = try options.loadCatalog(config)
        let (records, problems) = NationalRecordReader.read(paths: paths)
        let plan = RecordImport(catalog: catalog, folder: folder, removeWithdrawn: removeWithdrawn)
            .plan(records, problems: problems)
        try CatalogImportRun(folder: folder, language: options.language(config), dryRun: dryRun).finish(plan)
    }
}

/// What every import does once it has a plan: apply it (unless a dry run), print the summary, and exit 1 when
/// any record was refused.
struct CatalogImportRun {
    let folder: String
    let language: Language
    let dryRun: Bool

    func finish(_ plan: ImportPlan) throws {
        let vi = language == .vi
        if !dryRun && !plan.isEmpty {
            do throws(CatalogUpdate.Failure) {
                try CatalogUpdate.apply(plan, to: folder)
            } catch {
                switch error {
                case .invalid(let problems):
                    for problem in problems.problems { Output.error(problem.message(in: language)) }
                    Output.error(vi
                        ? "Nhập không thành công: danh mục mới sẽ không hợp lệ (\(problems.problems.count) lỗi); \(folder) không thay đổi."
                        : "Import refused: the new catalog would be invalid (\(problems.problems.count) problem(s)); \(folder) is unchanged.")
                case .io(let reason):
                    Output.error(vi ? "Không ghi được danh mục: \(reason); \(folder) không thay đổi."
                        : "Cannot write the catalog: \(reason); \(folder) is unchanged.")
                }
                throw ExitCode(1)
            }
        }
        Output.line(CatalogText.inert(plan.summary.text(in: language, dryRun: dryRun)))
        if !plan.summary.skipped.isEmpty { throw ExitCode(1) }
    }
}
