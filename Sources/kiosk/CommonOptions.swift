import ArgumentParser
import Foundation
import KioskConfiguration
import ProcedureCatalog

extension Language: ExpressibleByArgument {}

/// Options every command takes: where the catalog and kiosk.conf are, and the language to answer in.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The catalog folder (default: paths.catalog of kiosk.conf, else ./Catalog).")
    var catalog: String?

    @Option(name: .long, help: "The kiosk's settings file (default: ./kiosk.conf).")
    var config: String?

    @Option(name: .long, help: "Language of the output: vi or en (default: kiosk.default_language).")
    var lang: Language?

    /// kiosk.conf, or the defaults when the default file is absent. A file that is there but wrong stops the
    /// command with every problem listed.
    func loadConfig() throws -> KioskConfig {
        let file = config ?? "kiosk.conf"
        if config == nil && !FileManager.default.fileExists(atPath: file) { return .defaults }
        do {
            return try KioskConfig.load(file: file)
        } catch {
            let language = lang ?? .vi
            for problem in error.problems { Output.error(problem.message(in: language)) }
            throw ExitCode(1)
        }
    }

    func language(_ config: KioskConfig) -> Language { lang ?? config.defaultLanguage }

    /// The loaded catalog, or every problem printed and exit 1.
    func loadCatalog(_ config: KioskConfig) throws -> Catalog {
        try loadCatalog(config) { folder throws(CatalogProblems) in try CatalogLoader.load(directory: folder) }
    }

    /// The catalog with its index, through the snapshot kiosk.conf names (how the kiosk itself starts): files
    /// that do not validate fall back to the last good snapshot (`IndexedCatalog.rejected` says why).
    func loadIndexedCatalog(_ config: KioskConfig) throws -> IndexedCatalog {
        try loadCatalog(config) { folder throws(CatalogProblems) in
            try CatalogLoader.loadIndexedOrLastGood(directory: folder, snapshot: config.catalogSnapshotPath,
                                                    scope: config.catalogScope)
        }
    }

    private func loadCatalog<T>(_ config: KioskConfig, _ load: (String) throws(CatalogProblems) -> T) throws -> T {
        let folder = catalog ?? config.catalogPath
        do {
            return try load(folder)
        } catch {
            let language = language(config)
            for problem in error.problems { Output.error(problem.message(in: language)) }
            Output.error(language == .vi
                ? "Danh mục \(folder) không hợp lệ: \(error.problems.count) lỗi."
                : "The catalog \(folder) is invalid: \(error.problems.count) problem(s).")
            throw ExitCode(1)
        }
    }
}
