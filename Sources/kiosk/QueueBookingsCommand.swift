import ArgumentParser
import Foundation
import ProcedureCatalog
import QueueTickets

/// `kiosk queue bookings import FILE`: the booking system's bookings into the hall's queue store.
struct QueueBookingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookings", abstract: "Bookings from the online booking system.", subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import bookings (CSV with a header, or a JSON array): code, line or procedure, date, start, end, initials.")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The file from the booking system.")
        var file: String

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let vi = language == .vi
            let catalog = try options.loadCatalog(config)
            let data = try Output.contents(of: file, vi: vi)
            let lines = Set(catalog.queueLines.map(\.line.prefix))
            let read = BookingFile.read(data, lines: lines, lineOf: { code in
                catalog.procedures(matchingCode: code).first?.agency.flatMap { catalog.agency($0)?.queue?.prefix }
            }, timeZone: .current)
            let bookings: [Booking]
            switch read {
            case .success(let found): bookings = found
            case .failure(let problems):
                for problem in problems.all {
                    Output.error("\(file): \(vi ? "dòng" : "row") \(problem.row): \(problem.message(language))")
                }
                let count = problems.all.count
                Output.error(vi ? "Không nhập lịch hẹn nào (\(count) lỗi)." : "No booking imported (\(count) problems).")
                throw ExitCode(1)
            }
            let result = try CounterDatabase.run(config, vi) { try $0.importBookings(bookings) }
            if json { try Output.json(result); return }
            Output.line(vi ? "\(result.added) lịch hẹn mới, \(result.replaced) thay đổi, \(result.used) đã dùng (giữ nguyên)."
                : "\(result.added) bookings added, \(result.replaced) changed, \(result.used) already used (kept).")
        }
    }
}
