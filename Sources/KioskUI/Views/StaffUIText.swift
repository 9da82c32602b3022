import CaseTracking
import ProcedureCatalog

/// The words of the staff screens, in both languages.
enum StaffUIText {
    static let leave = LocalizedText(vi: "Đóng chương trình", en: "Leave the program")
    static let summary = LocalizedText(vi: "Đánh giá 30 ngày", en: "Ratings, 30 days")
    static let unlock = LocalizedText(vi: "Mở khóa số hồ sơ", en: "Unlock a number")
    static let unlockPrompt = LocalizedText(
        vi: "Nhập số hồ sơ bị tạm dừng tra cứu, sau khi đã kiểm tra giấy tờ của người nộp.",
        en: "Type the paused receipt number, once you have checked the citizen's papers.")
    static let unlockHelp = LocalizedText(
        vi: "Số hồ sơ bị khóa sau nhiều lần tra cứu sai. Mở khóa chỉ khi đã kiểm tra giấy tờ.",
        en: "A number is locked after many failed look-ups. Unlock it only after checking the papers.")

    static func unlocked(_ receipt: ReceiptNumber, lifted: Bool, _ language: Language) -> String {
        switch (language, lifted) {
        case (.vi, true): "Đã mở khóa tra cứu số hồ sơ \(receipt)."
        case (.vi, false): "Số hồ sơ \(receipt) không bị khóa hay tạm dừng."
        case (.en, true): "Look-ups of \(receipt) are open again."
        case (.en, false): "\(receipt) was neither locked nor paused."
        }
    }

    static func summaryHeadline(_ report: RatingReport, _ language: Language) -> String {
        let share = report.satisfied.map { String(format: "%.1f%%", $0) } ?? "—"
        return language == .vi
            ? "Hài lòng: \(share) (mục tiêu \(Int(report.goal))%) · \(report.total) đánh giá" + (report.includesDemo ? " · CÓ MẪU" : "")
            : "Satisfied: \(share) (goal \(Int(report.goal))%) · \(report.total) ratings" + (report.includesDemo ? " · DEMO" : "")
    }

    static func tooFewNote(_ minimum: Int, _ language: Language) -> String {
        language == .vi ? "* dưới \(minimum) đánh giá: chưa xếp hạng" : "* under \(minimum) ratings: not ranked"
    }
}
