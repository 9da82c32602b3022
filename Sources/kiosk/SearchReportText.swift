import KioskOperations
import ProcedureCatalog

/// `kiosk search report` as text, in the operator's language.
enum SearchReportText {
    static func text(_ report: SearchReport, _ language: Language) -> String {
        let vi = language == .vi
        let t = report.totals
        func share(_ part: Int) -> String { "\(t.percent(part))%" }
        var lines = [vi
            ? "Tìm kiếm \(report.from) – \(report.to): \(t.searches); mở được thủ tục \(t.opened) (\(share(t.opened))), không tìm thấy \(t.foundNothing) (\(share(t.foundNothing))), có kết quả nhưng không mở \(t.notOpened) (\(share(t.notOpened)))."
            : "Searches \(report.from) – \(report.to): \(t.searches); a procedure opened after \(t.opened) (\(share(t.opened))), nothing found \(t.foundNothing) (\(share(t.foundNothing))), results not opened \(t.notOpened) (\(share(t.notOpened)))."]
        func now(_ count: Int) -> String {
            count == 0 ? (vi ? "vẫn không tìm thấy" : "still finds nothing") : (vi ? "nay tìm thấy \(count)" : "finds \(count) now")
        }
        lines.append("")
        lines.append(vi ? "Không tìm thấy gì (nhiều nhất trước):" : "Found nothing (most frequent first):")
        lines += report.foundNothing.map { "  \(pad($0.count))  \($0.query)  — \(now($0.findsNow))" }
        if report.foundNothing.isEmpty { lines.append(vi ? "  (không có)" : "  (none)") }
        lines.append("")
        lines.append(vi ? "Có kết quả nhưng không mở thủ tục nào:" : "Found results, nothing opened:")
        lines += report.notOpened.map { "  \(pad($0.count))  \($0.query)" }
        if report.notOpened.isEmpty { lines.append(vi ? "  (không có)" : "  (none)") }
        lines.append("")
        lines.append(vi ? "Tìm lại rồi mở được (từ đồng nghĩa nên xem xét: W → X):"
                        : "Searched again, then opened (synonyms to consider: W → X):")
        for s in report.suggestions {
            let place = s.rankNow.map { vi ? "nay ở vị trí \($0)" : "now #\($0)" } ?? (vi ? "nay không có trong 20 kết quả đầu" : "now not in the first 20")
            lines.append("  \(pad(s.count))  \(s.query) → \(s.code) \(s.name)  (\(place))")
        }
        if report.suggestions.isEmpty { lines.append(vi ? "  (không có)" : "  (none)") }
        lines.append("")
        lines.append(vi ? "Theo tuần, tỷ lệ thành công thấp nhất trước:" : "By week, lowest success first:")
        for week in report.weeks {
            let w = week.totals
            let opened = w.percent(w.opened)
            lines.append(vi ? "  tuần từ \(week.week): \(w.searches) lượt, \(opened)% mở được thủ tục"
                            : "  week of \(week.week): \(w.searches) searches, \(opened)% opened a procedure")
            lines += week.queries.prefix(5).map { "    \(pad($0.success))%  \(pad($0.count))×  \($0.query)" }
        }
        lines.append("")
        lines.append(vi
            ? "Để một từ tìm ra thủ tục: thêm vào Catalog/search.yaml, mục synonyms (citizens_say: [từ người dân gõ], catalog_says: [cụm từ trong tên thủ tục]); kiểm tra bằng `kiosk validate` và `kiosk search replay`, rồi `kiosk reload` trên từng kiosk."
            : "To make words find a procedure: add them to Catalog/search.yaml under synonyms (citizens_say: [what citizens typed], catalog_says: [the words of the procedure's name they mean]); check with `kiosk validate` and `kiosk search replay`, then `kiosk reload` on each kiosk.")
        return lines.joined(separator: "\n")
    }

    private static func pad(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 4 - text.count)) + text
    }
}
