import ArgumentParser
import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import KioskOperations
import ProcedureCatalog

/// `kiosk search report`: what citizens searched for and did not find, for the operators who keep search.yaml.
struct SearchReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "What citizens searched for: found nothing, found but opened nothing, searched again then opened "
            + "(synonyms to consider), by week; from the kiosk's search log (in a hall, every kiosk's).")

    @OptionGroup var options: CommonOptions

    @Option(help: "First day (YYYY-MM-DD; default: 28 days before --to).")
    var from: String?

    @Option(help: "Last day, included (YYYY-MM-DD; default: today).")
    var to: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "Also write a self-contained HTML page of the report to this file.")
    var html: String?

    func run() throws {
        let config = try options.loadConfig()
        let language = options.language(config)
        let (start, end) = try ReportPeriod.days(from: from, to: to, days: 28, vi: language == .vi)
        let catalog = try options.loadCatalog(config).scoped(config.catalogScope)
        let searches = try SearchLogAccess.read(config, language, from: start, to: end)
        let report = SearchReport(searches, catalog: catalog, index: SearchIndex(catalog: catalog),
                                  from: LocalDay(start, in: .current), to: LocalDay(end.addingTimeInterval(-1), in: .current),
                                  timeZone: .current)
        if let html {
            try SearchReportHTML.page(report, center: config.center.name, language).write(toFile: html, atomically: true, encoding: .utf8)
        }
        if json { try Output.json(report) } else { Output.line(SearchReportText.text(report, language)) }
    }
}

/// Reading the search log: in a hall the server's (every kiosk's; searches past `search.keep_days` are forgotten
/// there first, as the office's role may), else the case file's.
enum SearchLogAccess {
    static func read(_ config: KioskConfig, _ language: Language, from start: Date, to end: Date) throws -> [SearchRecord] {
        do {
            let keep = Date().addingTimeInterval(-Double(config.searchKeepDays) * 86_400)
            if let server = try HallConnection.server(config, connections: 1) {
                try server.checkSchema()
                try server.forgetSearches(before: keep)
                return try server.searches(from: start, to: end)
            }
            let store = try CaseDatabase.open(config)
            try store.forgetSearches(before: keep)
            return try store.searches(from: start, to: end)
        } catch {
            Output.error((language == .vi ? "Không đọc được nhật ký tìm kiếm: " : "Cannot read the search log: ")
                + Output.problem(error, language))
            throw ExitCode(1)
        }
    }
}
