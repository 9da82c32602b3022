import ArgumentParser
import ProcedureCatalog

/// `kiosk search QUERY` (what the kiosk's search box finds), `kiosk search report` and `kiosk search replay`
/// (what citizens searched for, for the operators who keep search.yaml).
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search procedures as the kiosk does; report and replay what citizens searched for.",
        subcommands: [SearchFindCommand.self, SearchReportCommand.self, SearchReplayCommand.self],
        defaultSubcommand: SearchFindCommand.self
    )
}

/// `kiosk search [find] QUERY`: what the kiosk's search box finds, best first.
struct SearchFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Search procedures as the kiosk does (without diacritics, with typos, in English, or by code)."
    )

    @Argument(help: "What a citizen would type, e.g. \"dang ky khai sinh\" or \"1.001193\".")
    var query: [String]

    @Option(name: .long, help: "At most this many results.")
    var limit: Int = 20

    @Flag(name: .long, help: "Print a JSON array of {code, name, name_vi, name_en, field, level, score}.")
    var json = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
    }

    struct Result: Encodable {
        let code, name, nameVi, nameEn, field, level: String
        let score: Int
    }

    func run() throws {
        let config = try options.loadConfig()
        // What the kiosk shows: the levels kiosk.conf shows.
        let catalog = try options.loadCatalog(config).scoped(config.catalogScope)
        let language = options.language(config)
        let index = SearchIndex(catalog: catalog)
        let hits = index.search(query.joined(separator: " "), limit: limit)
        let results = hits.map { hit in
            let procedure = catalog.procedures[hit.procedure]
            return Result(
                code: procedure.code.description, name: procedure.name[language], nameVi: procedure.name.vi,
                nameEn: procedure.name.en, field: catalog.field(procedure.field)?.name[language] ?? procedure.field,
                level: procedure.levels.map { catalog.level($0)?.name[language] ?? $0 }.joined(separator: ", "),
                score: hit.score)
        }
        if json {
            try Output.json(results)
            return
        }
        if results.isEmpty {
            Output.error(language == .vi ? "Không tìm thấy thủ tục nào." : "No procedure found.")
            throw ExitCode(1)
        }
        for result in results {
            Output.line("\(result.code)  \(result.name)  [\(result.field) · \(result.level)]")
        }
    }
}
