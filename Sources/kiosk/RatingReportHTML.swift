import CaseTracking
import Foundation
import ProcedureCatalog

/// The ratings report as one self-contained HTML file for the center's leaders: no network, no script, the
/// charts drawn by the program as inline SVG: % satisfied per agency as bars against the goal line, the monthly
/// trend, and the indicators per agency as a heat table.
enum RatingReportHTML {
    static func page(byAgency: RatingReport, byMonth: RatingReport, atCounters: [RatingReport] = [], center: LocalizedText,
                     language: Language) -> String {
        let vi = language == .vi
        let words = Words(vi: vi)
        let satisfied = byAgency.satisfied ?? 0
        let met = satisfied >= byAgency.goal
        let period = "\(LocalDay(byAgency.start, in: .current).slashed) – \(LocalDay(byAgency.end.addingTimeInterval(-1), in: .current).slashed)"
        var html = head(words.title, center: center, language, sub: "\(period) · \(byAgency.total) \(words.ratings)", style: """
            .headline { font-size: 40px; font-weight: bold; color: \(met ? "#1b6e20" : "#b3261e"); }
            .demo { background: #fff3cd; border: 1px solid #e0b000; padding: 6px 10px; display: inline-block; }
            """) + """
            <div><span class="headline">\(format(byAgency.satisfied))</span> \(escape(words.satisfied)) · \(escape(words.goal)) \(Int(byAgency.goal))% · \(escape(met ? words.met : words.notMet))</div>

            """
        if byAgency.includesDemo { html += "<p class=\"demo\">\(escape(words.demo))</p>\n" }
        html += "<h2>\(escape(words.perAgency))</h2>\n" + bars(byAgency, words) + "\n"
        // At the counters: the officers' attitude as their citizens rated it, per officer and per counter.
        for report in atCounters {
            html += "<h2>\(escape(report.grouping == .officer ? words.perOfficer : words.perCounter))</h2>\n" + bars(report, words) + "\n"
        }
        html += "<h2>\(escape(words.trend))</h2>\n" + trend(byMonth, goal: byAgency.goal, words) + "\n"
        html += "<h2>\(escape(words.indicators))</h2>\n" + heat(byAgency, words) + "\n</body></html>\n"
        return html
    }

    /// A report page's head: its title with the center's, the styles the reports share and `style`'s, and the
    /// line under the title. No script, nothing loaded from elsewhere.
    static func head(_ title: String, center: LocalizedText, _ language: Language, sub: String, style: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8">
        <title>\(escape(title)) · \(escape(center[language]))</title>
        <style>
        body { font-family: "DejaVu Sans", sans-serif; margin: 24px 32px; color: #1a1a1a; background: #ffffff; }
        h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
        .sub { color: #555; margin-bottom: 16px; }
        table { border-collapse: collapse; font-size: 13px; } td, th { border: 1px solid #ccc; padding: 4px 8px; }
        th { background: #f0f0f0; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        \(style)
        </style></head><body>
        <h1>\(escape(title)) · \(escape(center[language]))</h1>
        <div class="sub">\(escape(sub))</div>

        """
    }

    /// Horizontal bars, lowest first, with the goal as a dashed line; groups too small to judge in grey.
    static func bars(_ report: RatingReport, _ words: Words) -> String {
        let rows = report.groups.filter { $0.satisfied != nil }
        let label = 430.0, width = 420.0, rowHeight = 26.0
        let height = Double(rows.count) * rowHeight + 30
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(label + width + 170))\" height=\"\(Int(height))\" font-size=\"12\">\n"
        for (index, group) in rows.enumerated() {
            let y = Double(index) * rowHeight + 4
            let share = group.satisfied ?? 0
            let colour = group.tooFew ? "#9e9e9e" : share >= report.goal ? "#2e7d32" : share >= 80 ? "#e0a800" : "#c62828"
            svg += "<text x=\"\(Int(label - 8))\" y=\"\(Int(y + 16))\" text-anchor=\"end\">\(escape(group.name.count > 62 ? group.name.prefix(61) + "…" : group.name))</text>\n"
            svg += "<rect x=\"\(Int(label))\" y=\"\(Int(y))\" width=\"\(Int(width * share / 100))\" height=\"\(Int(rowHeight - 8))\" fill=\"\(colour)\"/>\n"
            let note = group.tooFew ? " (\(words.tooFew))" : ""
            svg += "<text x=\"\(Int(label + width * share / 100 + 6))\" y=\"\(Int(y + 14))\">\(format(share)) · \(group.count)\(escape(note))</text>\n"
        }
        let goalX = Int(label + width * report.goal / 100)
        svg += "<line x1=\"\(goalX)\" y1=\"0\" x2=\"\(goalX)\" y2=\"\(Int(height - 20))\" stroke=\"#1565c0\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
        svg += "<text x=\"\(goalX)\" y=\"\(Int(height - 6))\" text-anchor=\"middle\" fill=\"#1565c0\">\(escape(words.goal)) \(Int(report.goal))%</text>\n"
        return svg + "</svg>"
    }

    /// % satisfied per month as a line, oldest first, against the goal.
    static func trend(_ report: RatingReport, goal: Double, _ words: Words) -> String {
        let months = report.groups.filter { $0.satisfied != nil }.sorted { $0.key < $1.key }
        let width = 760.0, height = 220.0, left = 50.0, bottom = 30.0, top = 10.0
        let low = min(50, (months.compactMap(\.satisfied).min() ?? 50).rounded(.down))
        func y(_ share: Double) -> Double { top + (100 - share) / (100 - low) * (height - top - bottom) }
        func x(_ index: Int) -> Double {
            months.count < 2 ? left + (width - left) / 2 : left + 20 + Double(index) * (width - left - 70) / Double(months.count - 1)
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-size=\"12\">\n"
        for share in stride(from: low, through: 100, by: 10) {
            svg += "<line x1=\"\(Int(left))\" y1=\"\(Int(y(share)))\" x2=\"\(Int(width))\" y2=\"\(Int(y(share)))\" stroke=\"#e0e0e0\"/>\n"
            svg += "<text x=\"\(Int(left - 6))\" y=\"\(Int(y(share) + 4))\" text-anchor=\"end\">\(Int(share))%</text>\n"
        }
        svg += "<line x1=\"\(Int(left))\" y1=\"\(Int(y(goal)))\" x2=\"\(Int(width))\" y2=\"\(Int(y(goal)))\" stroke=\"#1565c0\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
        let points = months.enumerated().map { "\(Int(x($0.offset))),\(Int(y($0.element.satisfied ?? 0)))" }.joined(separator: " ")
        svg += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"#6a1b9a\" stroke-width=\"3\"/>\n"
        for (index, month) in months.enumerated() {
            svg += "<circle cx=\"\(Int(x(index)))\" cy=\"\(Int(y(month.satisfied ?? 0)))\" r=\"4\" fill=\"#6a1b9a\"/>\n"
            svg += "<text x=\"\(Int(x(index)))\" y=\"\(Int(height - 10))\" text-anchor=\"middle\">\(escape(month.key))</text>\n"
        }
        return svg + "</svg>"
    }

    /// Agencies × indicators, each mean (0–2) in a cell from red (0) to green (2).
    static func heat(_ report: RatingReport, _ words: Words) -> String {
        let columns = RatingReportText.columns
        var html = "<table><tr><th>\(escape(words.agency))</th>"
            + columns.map { "<th>\($0.rawValue)<br>\(escape(words.indicator($0)))</th>" }.joined() + "</tr>\n"
        for group in report.groups {
            html += "<tr><td>\(escape(group.name))</td>"
            for indicator in columns {
                if let mean = group.means[indicator] {
                    html += "<td class=\"num\" style=\"background:\(heatColour(mean))\">\(String(format: "%.2f", mean))</td>"
                } else {
                    html += "<td class=\"num\">—</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</table>"
    }

    /// 0 → red, 1 → amber, 2 → green, as light backgrounds that black text reads on.
    static func heatColour(_ mean: Double) -> String {
        let red = (244.0, 167.0, 160.0), amber = (255.0, 224.0, 138.0), green = (143.0, 209.0, 158.0)
        let t = max(0, min(2, mean))
        let (from, to, f) = t < 1 ? (red, amber, t) : (amber, green, t - 1)
        func mix(_ a: Double, _ b: Double) -> Int { Int(a + (b - a) * f) }
        return String(format: "#%02X%02X%02X", mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
    }

    static func format(_ share: Double?) -> String { share.map { String(format: "%.1f%%", $0) } ?? "—" }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The page's words in the language asked for.
    struct Words {
        let vi: Bool
        var title: String { vi ? "Mức độ hài lòng" : "Citizen satisfaction" }
        var ratings: String { vi ? "đánh giá" : "ratings" }
        var satisfied: String { vi ? "hài lòng" : "satisfied" }
        var goal: String { vi ? "Mục tiêu" : "Goal" }
        var met: String { vi ? "đạt mục tiêu" : "goal met" }
        var notMet: String { vi ? "chưa đạt mục tiêu" : "goal not met" }
        var demo: String { vi ? "Có đánh giá MẪU (kiosk ratings clear-demo để xóa)." : "Includes DEMO ratings (kiosk ratings clear-demo removes them)." }
        var perAgency: String { vi ? "Tỷ lệ hài lòng theo cơ quan (thấp nhất trước)" : "Satisfied per agency (lowest first)" }
        var trend: String { vi ? "Theo tháng" : "By month" }
        var perOfficer: String { vi ? "Thái độ công chức tại quầy, theo cán bộ (thấp nhất trước)" : "Officers' attitude at the counters, per officer (lowest first)" }
        var perCounter: String { vi ? "Thái độ công chức tại quầy, theo quầy (thấp nhất trước)" : "Officers' attitude at the counters, per counter (lowest first)" }
        var indicators: String { vi ? "Điểm trung bình từng chỉ số (0–2) theo cơ quan" : "Mean score per indicator (0–2) by agency" }
        var agency: String { vi ? "Cơ quan" : "Agency" }
        var tooFew: String { vi ? "ít đánh giá" : "too few" }

        func indicator(_ indicator: Indicator) -> String {
            switch indicator {
            case .totalTime: vi ? "thời gian" : "time"
            case .agencyTime: vi ? "thời gian từng nơi" : "time per agency"
            case .contacts: vi ? "số lần đi lại" : "times back"
            case .agencies: vi ? "số nơi liên hệ" : "agencies"
            case .posted: vi ? "công khai" : "posted"
            case .attitude: vi ? "thái độ" : "attitude"
            case .ease: vi ? "dễ dàng" : "ease"
            case .overall: vi ? "chung" : "overall"
            }
        }
    }
}
