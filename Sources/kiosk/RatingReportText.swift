import CaseTracking
import Foundation
import ProcedureCatalog

/// The ratings report as an operator reads it: a table for the terminal, CSV for a spreadsheet, JSON.
enum RatingReportText {
    /// The indicators the table shows, by number.
    static let columns: [Indicator] = [.contacts, .agencies, .posted, .attitude, .ease, .overall]

    static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0) } ?? "—" }

    static func change(_ value: Double?) -> String {
        value.map { String(format: "%+.1f", $0).replacingOccurrences(of: "-", with: "−") } ?? "—"
    }

    static func text(_ report: RatingReport, _ language: Language) -> String {
        let vi = language == .vi
        let days = "\(LocalDay(report.start, in: .current)) … \(LocalDay(report.end.addingTimeInterval(-1), in: .current))"
        var lines: [String] = []
        let verdict = (report.satisfied ?? 0) >= report.goal ? (vi ? "đạt" : "met") : (vi ? "chưa đạt" : "not met")
        lines.append(vi
            ? "Hài lòng toàn Trung tâm: \(percent(report.satisfied)) (mục tiêu \(Int(report.goal))%: \(verdict)) · \(report.total) đánh giá · \(days)"
            : "Satisfied, whole center: \(percent(report.satisfied)) (goal \(Int(report.goal))%: \(verdict)) · \(report.total) ratings · \(days)")
        if report.includesDemo {
            lines.append(vi ? "CÓ ĐÁNH GIÁ MẪU (kiosk ratings clear-demo để xóa)." : "INCLUDES DEMO RATINGS (kiosk ratings clear-demo removes them).")
        }
        let titles = vi ? ["hài lòng", "thay đổi", "số"] : ["satisfied", "change", "ratings"]
        let header = titles[0].leftPadded(to: 9, with: " ") + "  " + titles[1].leftPadded(to: 8, with: " ") + "  "
            + titles[2].leftPadded(to: 7, with: " ") + "  " + columns.map { String(format: "%4d", $0.rawValue) }.joined()
            + "  " + (vi ? "chưa tốt nhất · nhóm" : "most complained · group")
        lines.append("")
        lines.append(header)
        let ranked = report.groups.filter { !$0.tooFew }
        let few = report.groups.filter(\.tooFew)
        for group in ranked { lines.append(row(group, language)) }
        if !few.isEmpty {
            lines.append("")
            lines.append(vi ? "Quá ít đánh giá để xếp hạng (dưới \(report.minimum)):" : "Too few ratings to rank (under \(report.minimum)):")
            for group in few { lines.append(row(group, language)) }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ group: RatingReport.Group, _ language: Language) -> String {
        let means = columns.map { indicator in
            group.means[indicator].map { String(format: "%4.1f", $0) } ?? "   —"
        }.joined()
        return percent(group.satisfied).leftPadded(to: 9, with: " ") + "  " + change(group.change).leftPadded(to: 8, with: " ")
            + "  " + String(group.count).leftPadded(to: 7, with: " ") + "  " + means + "  "
            + (group.topComplaint?.name[language] ?? "—") + " · " + group.name
    }

    static func csv(_ report: RatingReport) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var lines = [(["group", "name", "ratings", "satisfied_percent", "previous_percent", "change", "ranked"]
            + columns.map { "indicator_\($0.rawValue)" } + ["top_complaint"]).joined(separator: ",")]
        func number(_ value: Double?, _ format: String = "%.1f") -> String {
            value.map { String(format: format, $0) } ?? ""
        }
        for group in report.groups {
            var values: [String] = [group.key, group.name, String(group.count)]
            values += [number(group.satisfied), number(group.previous), number(group.change), group.tooFew ? "no" : "yes"]
            values += columns.map { number(group.means[$0], "%.2f") }
            values.append(group.topComplaint?.rawValue ?? "")
            lines.append(values.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct JSON: Encodable {
        struct Group: Encodable {
            var key: String
            var name: String
            var ratings: Int
            var satisfiedPercent: Double?
            var previousPercent: Double?
            var change: Double?
            var ranked: Bool
            var means: [String: Double]
            var topComplaint: String?
        }

        var from: String
        var to: String
        var by: String
        var goalPercent: Double
        var satisfiedPercent: Double?
        var ratings: Int
        var includesDemo: Bool
        var groups: [Group]

        init(_ report: RatingReport) {
            from = LocalDay(report.start, in: .current).description
            to = LocalDay(report.end.addingTimeInterval(-1), in: .current).description
            by = report.grouping.rawValue
            goalPercent = report.goal
            satisfiedPercent = report.satisfied
            ratings = report.total
            includesDemo = report.includesDemo
            groups = report.groups.map { group in
                Group(key: group.key, name: group.name, ratings: group.count, satisfiedPercent: group.satisfied,
                      previousPercent: group.previous, change: group.change, ranked: !group.tooFew,
                      means: Dictionary(uniqueKeysWithValues: group.means.map { (String($0.key.rawValue), $0.value) }),
                      topComplaint: group.topComplaint?.rawValue)
            }
        }
    }
}
