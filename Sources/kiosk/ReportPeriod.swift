import ArgumentParser
import CaseTracking
import Foundation
import ProcedureCatalog

/// The local days a report covers, from `--from` and `--to` (YYYY-MM-DD, both included), as [start, end).
enum ReportPeriod {
    /// `days`: how far back `--from` goes when not given.
    static func days(from: String?, to: String?, days: Int, vi: Bool) throws -> (Date, Date) {
        func day(_ text: String) throws -> Date {
            guard let day = LocalDay(text) else {
                Output.error((vi ? "Ngày không hợp lệ: " : "Not a date: ") + "\(CatalogText.inert(text)) (YYYY-MM-DD)")
                throw ExitCode(2)
            }
            return day.start(in: .current)
        }
        let today = LocalDay(Date(), in: .current).start(in: .current)
        let end = try to.map(day).map { $0.addingTimeInterval(86400) } ?? today.addingTimeInterval(86400)
        let start = try from.map(day) ?? end.addingTimeInterval(-Double(days) * 86400)
        guard start < end else {
            Output.error(vi ? "--from phải trước --to." : "--from must come before --to.")
            throw ExitCode(2)
        }
        return (start, end)
    }
}
