import ArgumentParser
import CaseTracking
import Foundation
import KioskOperations
import ProcedureCatalog

/// `kiosk search replay`: the searches that failed, asked again of the catalog as it is now on disk.
struct SearchReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Ask the catalog as it is now (after an edit of search.yaml, before the kiosks reload) the searches "
            + "that found nothing and the report's suggested synonyms, or the queries of a file; say which succeed.")

    @OptionGroup var options: CommonOptions

    @Option(help: "First day of the log to replay (YYYY-MM-DD; default: 28 days before --to).")
    var from: String?

    @Option(help: "Last day, included (YYYY-MM-DD; default: today).")
    var to: String?

    @Option(help: "Replay this file instead of the log: a query a line, optionally a tab and the code it means.")
    var file: String?

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let config = try options.loadConfig()
        let language = options.language(config)
        let vi = language == .vi
        let catalog = try options.loadCatalog(config).scoped(config.catalogScope)
        let index = SearchIndex(catalog: catalog)
        let asked: [SearchReplay.Asked]
        if let file {
            asked = SearchReplay.asked(fromFile: String(decoding: try Output.contents(of: file, vi: vi), as: UTF8.self))
        } else {
            let (start, end) = try ReportPeriod.days(from: from, to: to, days: 28, vi: vi)
            asked = SearchReplay.asked(from: try SearchLogAccess.read(config, language, from: start, to: end))
        }
        let replay = SearchReplay(asked, catalog: catalog, index: index)
        if json {
            try Output.json(replay)
            return
        }
        for line in replay.lines {
            let mark = line.succeeds ? "✔" : "✘"
            let found: String
            if let meant = line.meant {
                found = meant + " " + (line.rankNow.map { vi ? "ở vị trí \($0)" : "at #\($0)" }
                                       ?? (vi ? "không có trong 20 kết quả đầu" : "not in the first 20"))
            } else {
                found = vi ? "\(line.findsNow) kết quả" : "\(line.findsNow) results"
            }
            Output.line("\(mark) \(line.query) → \(found)")
        }
        Output.line(vi ? "\(replay.succeeding)/\(replay.lines.count) thành công với danh mục hiện tại."
                       : "\(replay.succeeding) of \(replay.lines.count) succeed with the catalog as it is now.")
    }
}
