import Foundation
import ProcedureCatalog
import QueueTickets

/// `kiosk queue report` as text (a table), JSON, and one self-contained HTML page with charts (inline SVG, no
/// script, no network).
enum QueueReportOutput {
    struct Words {
        let vi: Bool
        var title: String { vi ? "Báo cáo xếp hàng" : "Queue report" }
        func key(_ grouping: QueueReport.Grouping) -> String {
            switch grouping {
            case .line: vi ? "Hàng" : "Queue"
            case .counter: vi ? "Quầy" : "Counter"
            case .officer: vi ? "Cán bộ" : "Officer"
            case .hour: vi ? "Giờ lấy số" : "Hour taken"
            }
        }
        var columns: [String] {
            vi ? ["Lấy số", "Được gọi", "Xong", "Vắng", "Chuyển", "Chờ p50", "Chờ p90", "Phục vụ p50", "Phục vụ p90",
                  "Đúng ước tính", "Lệch p90", "Tạm dừng"]
                : ["Taken", "Called", "Served", "Absent", "Moved", "Wait p50", "Wait p90", "Service p50", "Service p90",
                   "In estimate", "Off p90", "Pauses"]
        }
        var all: String { vi ? "Tất cả" : "All" }
        var minutes: String { vi ? "phút" : "min" }
        var waitChart: String { vi ? "Thời gian chờ theo giờ lấy số (phút; p50 đậm, p90 nhạt)" : "Waiting by the hour the ticket was taken (minutes; p50 dark, p90 light)" }
        var servedChart: String { vi ? "Số lượt phục vụ xong theo cán bộ" : "Services finished per officer" }
        func pause(_ reason: PauseReason) -> String {
            switch reason {
            case .rest: vi ? "nghỉ" : "break"
            case .meeting: vi ? "họp" : "meeting"
            case .otherWork: vi ? "việc khác" : "other work"
            }
        }
    }

    static func minutes(_ seconds: TimeInterval?) -> String {
        seconds.map { String(format: "%.1f", $0 / 60) } ?? "–"
    }

    static func pauses(_ group: QueueReport.Group, _ words: Words) -> String {
        PauseReason.allCases.compactMap { reason in
            group.pauses[reason].map { "\(words.pause(reason)) \($0.count)×\(Int(($0.seconds / 60).rounded())) \(words.minutes)" }
        }.joined(separator: ", ")
    }

    static func cells(_ group: QueueReport.Group, _ words: Words) -> [String] {
        [group.taken.map(String.init) ?? "–", "\(group.called)", "\(group.served)", "\(group.absent)", "\(group.transferred)",
         minutes(group.waitP50), minutes(group.waitP90), minutes(group.serviceP50), minutes(group.serviceP90),
         group.estimated == 0 ? "–" : "\(group.withinEstimate)/\(group.estimated)", minutes(group.estimateMissP90),
         pauses(group, words)]
    }

    /// A group's name: an officer's staff number with their name.
    static func name(_ key: String, _ grouping: QueueReport.Grouping, _ names: [String: String]) -> String {
        grouping == .officer ? names[key].map { "\(key) \($0)" } ?? key : key
    }

    static func text(_ report: QueueReport, _ language: Language, names: [String: String] = [:]) -> String {
        let words = Words(vi: language == .vi)
        let header = [words.key(report.grouping)] + words.columns
        let rows = report.groups.map { [name($0.key, report.grouping, names)] + cells($0, words) } + [[words.all] + cells(report.total, words)]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let period = report.first == report.last ? report.first : "\(report.first) – \(report.last)"
        return ([words.title + " · " + period + " (" + words.minutes + ")", line(header)] + rows.map(line)).joined(separator: "\n")
    }

    struct JSON: Encodable {
        struct Group: Encodable {
            var key: String
            var taken: Int?
            var called, served, absent, transferred: Int
            var waitP50Minutes, waitP90Minutes, serviceP50Minutes, serviceP90Minutes: Double?
            var pauses: [String: PauseJSON]
            /// Tickets told a range, those called within it, and how far outside it p90 (minutes).
            var estimated, withinEstimate: Int
            var estimateMissP90Minutes: Double?

            enum CodingKeys: String, CodingKey {
                case key, taken, called, served, absent, transferred, pauses, estimated
                case withinEstimate = "within_estimate", estimateMissP90Minutes = "estimate_miss_p90_minutes"
                case waitP50Minutes = "wait_p50_minutes", waitP90Minutes = "wait_p90_minutes"
                case serviceP50Minutes = "service_p50_minutes", serviceP90Minutes = "service_p90_minutes"
            }
        }

        struct PauseJSON: Encodable {
            var count: Int
            var minutes: Double
        }

        var by: String
        var from: String
        var to: String
        var groups: [Group]
        var total: Group

        init(_ report: QueueReport) {
            func group(_ g: QueueReport.Group) -> Group {
                func m(_ s: TimeInterval?) -> Double? { s.map { ($0 / 6).rounded() / 10 } }
                return Group(key: g.key, taken: g.taken, called: g.called, served: g.served, absent: g.absent,
                             transferred: g.transferred, waitP50Minutes: m(g.waitP50), waitP90Minutes: m(g.waitP90),
                             serviceP50Minutes: m(g.serviceP50), serviceP90Minutes: m(g.serviceP90),
                             pauses: Dictionary(uniqueKeysWithValues: g.pauses.map {
                                 ($0.key.rawValue, PauseJSON(count: $0.value.count, minutes: ($0.value.seconds / 6).rounded() / 10))
                             }), estimated: g.estimated, withinEstimate: g.withinEstimate,
                             estimateMissP90Minutes: m(g.estimateMissP90))
            }
            by = report.grouping.rawValue
            from = report.first
            to = report.last
            groups = report.groups.map(group)
            total = group(report.total)
        }
    }

    /// Every grouping in one page: the waits per hour and the services per officer as bars, then the tables.
    static func page(_ reports: [QueueReport], center: LocalizedText, _ language: Language, names: [String: String] = [:]) -> String {
        let words = Words(vi: language == .vi)
        let escape = RatingReportHTML.escape
        let first = reports.first
        let period = first.map { $0.first == $0.last ? $0.first : "\($0.first) – \($0.last)" } ?? ""
        var html = RatingReportHTML.head(words.title, center: center, language, sub: period, style: "tr.all td { font-weight: bold; }")
        if let hours = reports.first(where: { $0.grouping == .hour }) {
            html += "<h2>\(escape(words.waitChart))</h2>\n" + waitBars(hours) + "\n"
        }
        if let officers = reports.first(where: { $0.grouping == .officer }) {
            html += "<h2>\(escape(words.servedChart))</h2>\n" + servedBars(officers, names) + "\n"
        }
        for report in reports {
            html += "<h2>\(escape(words.key(report.grouping)))</h2>\n<table><tr><th>\(escape(words.key(report.grouping)))</th>"
                + words.columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
            for (group, all) in report.groups.map({ ($0, false) }) + [(report.total, true)] {
                html += "<tr\(all ? " class=\"all\"" : "")><td>\(escape(all ? words.all : name(group.key, report.grouping, names)))</td>"
                    + cells(group, words).map { "<td class=\"num\">\(escape($0))</td>" }.joined() + "</tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</body></html>\n"
    }

    private static func waitBars(_ report: QueueReport) -> String {
        let rows = report.groups.filter { $0.waitP90 != nil }
        let longest = max(1, rows.compactMap(\.waitP90).max() ?? 1)
        let label = 70.0, width = 520.0, rowHeight = 24.0
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(label + width + 120))\" height=\"\(Int(Double(rows.count) * rowHeight + 8))\" font-size=\"12\">\n"
        for (index, group) in rows.enumerated() {
            let y = Double(index) * rowHeight + 4
            let p90 = width * (group.waitP90 ?? 0) / longest, p50 = width * (group.waitP50 ?? 0) / longest
            svg += "<text x=\"\(Int(label - 8))\" y=\"\(Int(y + 14))\" text-anchor=\"end\">\(group.key)</text>\n"
            svg += "<rect x=\"\(Int(label))\" y=\"\(Int(y))\" width=\"\(Int(max(1, p90)))\" height=\"16\" fill=\"#90caf9\"/>\n"
            svg += "<rect x=\"\(Int(label))\" y=\"\(Int(y))\" width=\"\(Int(max(1, p50)))\" height=\"16\" fill=\"#1565c0\"/>\n"
            svg += "<text x=\"\(Int(label + p90 + 6))\" y=\"\(Int(y + 13))\">\(minutes(group.waitP50)) / \(minutes(group.waitP90))</text>\n"
        }
        return svg + "</svg>"
    }

    private static func servedBars(_ report: QueueReport, _ names: [String: String]) -> String {
        let rows = report.groups
        let most = max(1, rows.map(\.served).max() ?? 1)
        let label = 230.0, width = 420.0, rowHeight = 24.0
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(label + width + 80))\" height=\"\(Int(Double(rows.count) * rowHeight + 8))\" font-size=\"12\">\n"
        for (index, group) in rows.enumerated() {
            let y = Double(index) * rowHeight + 4
            let bar = width * Double(group.served) / Double(most)
            svg += "<text x=\"\(Int(label - 8))\" y=\"\(Int(y + 14))\" text-anchor=\"end\">\(RatingReportHTML.escape(name(group.key, .officer, names)))</text>\n"
            svg += "<rect x=\"\(Int(label))\" y=\"\(Int(y))\" width=\"\(Int(max(1, bar)))\" height=\"16\" fill=\"#2e7d32\"/>\n"
            svg += "<text x=\"\(Int(label + bar + 6))\" y=\"\(Int(y + 13))\">\(group.served)</text>\n"
        }
        return svg + "</svg>"
    }
}
