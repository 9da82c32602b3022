import ArgumentParser
import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import ProcedureCatalog

/// `kiosk ratings …`: what citizens said, for operators and the center's leaders.
struct RatingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ratings",
        abstract: "Report on citizens' ratings; seed or clear demo ratings.",
        subcommands: [ReportCommand.self, SeedDemoCommand.self, ClearDemoCommand.self]
    )

    /// `kiosk ratings report`: per group, lowest satisfaction first, against the goal.
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Satisfaction per agency, field, procedure, counter or month, lowest first, against the goal."
        )

        @OptionGroup var options: CommonOptions

        @Option(help: "First day (YYYY-MM-DD; default: 30 days before --to).")
        var from: String?

        @Option(help: "Last day, included (YYYY-MM-DD; default: today).")
        var to: String?

        @Option(help: "Group by agency, field, procedure, counter, officer or month.")
        var by: String = "agency"

        @Flag(help: "Print JSON.")
        var json = false

        @Option(help: "Also write the table as CSV to this file.")
        var csv: String?

        @Option(help: "Also write a self-contained HTML page with charts to this file.")
        var html: String?

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let vi = language == .vi
            guard let grouping = RatingReport.Grouping(rawValue: by) else {
                Output.error((vi ? "--by nhận: " : "--by takes: ") + RatingReport.Grouping.allCases.map(\.rawValue).joined(separator: ", "))
                throw ExitCode(2)
            }
            let (start, end) = try period(vi: vi)
            let catalog = try options.loadCatalog(config)
            // In a hall, the whole hall's ratings, from the server (never a kiosk's copy: that holds its own only).
            let read: (Date, Date) throws -> [Rating]
            if let server = try HallConnection.server(config, connections: 1) {
                read = { try server.ratings(from: $0, to: $1, within: server.backgroundDeadline) }
            } else {
                let store = try openStore(config, vi: vi)
                read = { try store.ratings(from: $0, to: $1) }
            }
            let length = end.timeIntervalSince(start)
            let ratings: [Rating], previous: [Rating]
            do {
                ratings = try read(start, end)
                previous = try read(start.addingTimeInterval(-length), start)
            } catch {
                Output.error(Output.problem(error, options.language(config)))
                throw ExitCode(1)
            }
            func grouped(_ grouping: RatingReport.Grouping) -> RatingReport {
                RatingReport(ratings: ratings, previous: previous, grouping: grouping, start: start, end: end,
                             goal: Double(config.satisfactionGoal), minimum: config.ratingsMinimum, catalog: catalog,
                             timeZone: .current, language: language)
            }
            let report = grouped(grouping)
            if let csv { try RatingReportText.csv(report).write(toFile: csv, atomically: true, encoding: .utf8) }
            if let html {
                // The counters' own sections where their devices have rated officers.
                let atCounters = ratings.filter { $0.kind == .counter }
                let counters = atCounters.isEmpty ? [] : [RatingReport.Grouping.officer, .counter].map { grouping in
                    RatingReport(ratings: atCounters, previous: previous.filter { $0.kind == .counter }, grouping: grouping,
                                 start: start, end: end, goal: Double(config.satisfactionGoal), minimum: config.ratingsMinimum,
                                 catalog: catalog, timeZone: .current, language: language)
                }
                let page = RatingReportHTML.page(byAgency: grouping == .agency ? report : grouped(.agency),
                                                 byMonth: grouped(.month), atCounters: counters, center: config.center.name,
                                                 language: language)
                try page.write(toFile: html, atomically: true, encoding: .utf8)
            }
            if json { try Output.json(RatingReportText.JSON(report)) } else { Output.line(RatingReportText.text(report, language)) }
        }

        private func period(vi: Bool) throws -> (Date, Date) {
            try ReportPeriod.days(from: from, to: to, days: 30, vi: vi)
        }
    }

    /// `kiosk ratings seed-demo`: six months of demo ratings, so the report can be shown on day one.
    struct SeedDemoCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "seed-demo",
            abstract: "Add six months of demo ratings (marked demo; removed by clear-demo)."
        )

        @OptionGroup var options: CommonOptions

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            let catalog = try options.loadCatalog(config)
            let ratings = DemoRatings.make(catalog: catalog, kiosk: config.kioskName, until: Date())
            do {
                // In a hall, to the server (every kiosk's report shows them), through the office's role.
                if let server = try HallConnection.server(config, connections: 1) {
                    try server.checkSchema()
                    try server.replaceDemoRatings(with: ratings)
                } else {
                    let store = try openStore(config, vi: vi)
                    try store.clearDemoRatings()
                    try store.save(ratings)
                }
            } catch {
                Output.error(Output.problem(error, options.language(config)))
                throw ExitCode(1)
            }
            print(vi ? "Đã thêm \(ratings.count) đánh giá mẫu (xóa bằng `kiosk ratings clear-demo`)."
                : "Added \(ratings.count) demo ratings (remove them with `kiosk ratings clear-demo`).")
        }
    }

    /// `kiosk ratings clear-demo`: only the demo ratings go.
    struct ClearDemoCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear-demo", abstract: "Remove the demo ratings.")

        @OptionGroup var options: CommonOptions

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            let removed: Int
            do {
                if let server = try HallConnection.server(config, connections: 1) {
                    try server.checkSchema()
                    removed = try server.clearDemoRatings()
                } else {
                    removed = try openStore(config, vi: vi).clearDemoRatings()
                }
            } catch {
                Output.error(Output.problem(error, options.language(config)))
                throw ExitCode(1)
            }
            print(vi ? "Đã xóa \(removed) đánh giá mẫu." : "Removed \(removed) demo ratings.")
        }
    }
}

private func openStore(_ config: KioskConfig, vi: Bool) throws -> SQLiteCaseStore {
    do {
        return try CaseDatabase.open(config)
    } catch {
        Output.error((vi ? "Không mở được cơ sở dữ liệu hồ sơ " : "Cannot open the case database ") + "\(error)")
        throw ExitCode(1)
    }
}
