import KioskOperations
import ProcedureCatalog

/// `kiosk search report --html FILE`: the same report as a page for the operators' meeting — each week's share
/// of searches that opened a procedure as bars (weeks below the period's share in red), and the lists as tables.
/// Self-contained.
enum SearchReportHTML {
    static func page(_ report: SearchReport, center: LocalizedText, _ language: Language) -> String {
        let vi = language == .vi
        let t = report.totals
        let sub = (vi ? "Từ \(report.from) đến \(report.to): \(t.searches) lượt tìm kiếm" : "\(report.from) to \(report.to): \(t.searches) searches")
        var html = RatingReportHTML.head(vi ? "Tìm kiếm của người dân" : "What citizens searched for", center: center,
                                         language, sub: sub, style: """
            .bar-ok { fill: #2e7d32; } .bar-low { fill: #c62828; } .lost { color: #c62828; font-weight: bold; }
            """)
        html += "<h2>\(e(vi ? "Tỷ lệ tìm kiếm mở được thủ tục, theo tuần" : "Searches that opened a procedure, by week"))</h2>\n"
        html += weekBars(report)
        html += table(vi ? "Không tìm thấy gì (nhiều nhất trước)" : "Found nothing (most frequent first)",
                      headers: [vi ? "Lượt" : "Times", vi ? "Từ tìm" : "Query", vi ? "Nay" : "Now"],
                      rows: report.foundNothing.map { ["\($0.count)", $0.query, $0.findsNow == 0 ? (vi ? "vẫn không tìm thấy" : "still nothing") : (vi ? "tìm thấy \($0.findsNow)" : "finds \($0.findsNow)")] })
        html += table(vi ? "Có kết quả nhưng không mở" : "Found results, nothing opened",
                      headers: [vi ? "Lượt" : "Times", vi ? "Từ tìm" : "Query"],
                      rows: report.notOpened.map { ["\($0.count)", $0.query] })
        html += table(vi ? "Tìm lại rồi mở được: từ đồng nghĩa nên thêm vào search.yaml" : "Searched again, then opened: synonyms to add to search.yaml",
                      headers: [vi ? "Lượt" : "Times", vi ? "Đã gõ trước" : "Typed first", vi ? "Thủ tục mở sau đó" : "Then opened", vi ? "Vị trí nay" : "Place now"],
                      rows: report.suggestions.map { ["\($0.count)", $0.query, "\($0.code) \($0.name)", $0.rankNow.map { "#\($0)" } ?? "—"] })
        return html + "</body></html>\n"
    }

    /// One bar per week: the share of its searches after which a procedure was opened; in red when below the
    /// whole period's share (the weeks to look into), green otherwise.
    static func weekBars(_ report: SearchReport) -> String {
        let rowHeight = 26, label = 130, width = 500
        let overall = report.totals.percent(report.totals.opened)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(label + width + 80)\" height=\"\(report.weeks.count * rowHeight + 10)\" font-size=\"12\">\n"
        for (row, week) in report.weeks.enumerated() {
            let share = week.totals.percent(week.totals.opened)
            let y = row * rowHeight + 4
            svg += "<text x=\"0\" y=\"\(y + 15)\">\(e(week.week))</text>"
            svg += "<rect class=\"\(share < overall ? "bar-low" : "bar-ok")\" x=\"\(label)\" y=\"\(y)\" width=\"\(max(2, width * share / 100))\" height=\"18\"/>"
            svg += "<text x=\"\(label + width + 8)\" y=\"\(y + 15)\">\(share)% (\(week.totals.searches))</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func table(_ title: String, headers: [String], rows: [[String]]) -> String {
        var html = "<h2>\(e(title))</h2>\n<table><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        if rows.isEmpty { html += "<tr><td colspan=\"\(headers.count)\">—</td></tr>\n" }
        for row in rows {
            html += "<tr>" + row.enumerated().map { $0.offset == 0 ? "<td class=\"num\">\(e($0.element))</td>" : "<td>\(e($0.element))</td>" }.joined() + "</tr>\n"
        }
        return html + "</table>\n"
    }

    private static func e(_ text: String) -> String { RatingReportHTML.escape(text) }
}
