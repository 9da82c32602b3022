import CaseTracking
import ProcedureCatalog

/// What `kiosk payments` prints for the cashier, in the operator's language.
enum PaymentListing {
    static func summary(_ kept: [KeptNotice], _ language: Language) {
        let new = kept.filter(\.isNew)
        let matched = new.filter { $0.notice.kind == .matched }.count
        let vi = language == .vi
        Output.line(vi ? "\(kept.count) khoản ghi có: \(new.count) mới, \(kept.count - new.count) đã nhập trước đây (giữ nguyên)."
            : "\(kept.count) credits: \(new.count) new, \(kept.count - new.count) imported before (unchanged).")
        Output.line(vi ? "\(matched) khớp số phải nộp: hồ sơ hiện “đã chuyển khoản, chờ cơ quan xác nhận” trên kiosk."
            : "\(matched) matching what a case owes: the kiosk shows “transfer received, waiting for the agency to confirm”.")
    }

    /// The credits that are not a plain match, one line each: the cashier refunds, asks for the rest, or finds
    /// the case by hand.
    static func forCashier(_ notices: [(notice: PaymentNotice, line: Int?, description: String?, isNew: Bool)],
                           _ language: Language) {
        let odd = notices.filter { $0.notice.kind != .matched }
        guard !odd.isEmpty else { return }
        let vi = language == .vi
        Output.line(vi ? "Cần quầy thu phí xem (\(odd.count)):" : "For the cashier (\(odd.count)):")
        for item in odd {
            let n = item.notice
            let place = item.line.map { (vi ? "dòng " : "line ") + "\($0)  " } ?? ""
            let again = item.isNew || item.line == nil ? "" : (vi ? "  (đã nhập trước đây)" : "  (imported before)")
            Output.line("  " + place + "\(n.credited.slashed)  \(n.reference)  \(Wording.money(n.amount, language))  "
                + explanation(n, description: item.description, language) + again)
        }
    }

    static func explanation(_ n: PaymentNotice, description: String?, _ language: Language) -> String {
        let vi = language == .vi
        let receipt = n.receipt?.description ?? ""
        let due = n.due.map { Wording.money($0, language) } ?? ""
        switch n.kind {
        case .matched:
            return vi ? "khớp: \(receipt)" : "matched: \(receipt)"
        case .partial:
            return vi ? "THIẾU: \(receipt) phải nộp \(due)" : "PARTIAL: \(receipt) owes \(due)"
        case .over:
            return vi ? "THỪA: \(receipt) chỉ phải nộp \(due)" : "OVER: \(receipt) owes only \(due)"
        case .notDue:
            return vi ? "KHÔNG NỢ: \(receipt) không có khoản phải nộp (đã nộp, chưa yêu cầu, hoặc không có hồ sơ)"
                : "NOT OWED: \(receipt) owes nothing now (paid already, not asked to pay, or no such case)"
        case .noReceipt:
            let text = description.map { " “\($0)”" } ?? ""
            return vi ? "KHÔNG CÓ SỐ BIÊN NHẬN trong nội dung\(text)" : "NO RECEIPT NUMBER in the description\(text)"
        }
    }
}
