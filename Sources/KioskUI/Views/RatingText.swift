import CaseTracking
import ProcedureCatalog

/// The words of the rating screens, in both languages.
enum RatingUIText {
    static let rateService = LocalizedText(vi: "Đánh giá sự hài lòng", en: "Rate our service")
    static let quickTitle = LocalizedText(vi: "Đánh giá sự hài lòng", en: "Rate our service")
    static let quickQuestion = LocalizedText(
        vi: "Quý khách đánh giá thế nào về thái độ của công chức khi hướng dẫn và tiếp nhận hồ sơ?",
        en: "How would you rate the staff's attitude when they guided you and received your application?")
    static let complaintsPrompt = LocalizedText(
        vi: "Điều gì chưa tốt? Chọn một hoặc nhiều điều, rồi chạm Tiếp tục.",
        en: "What went wrong? Choose one or more, then touch Continue.")
    static let continueLabel = LocalizedText(vi: "Tiếp tục", en: "Continue")
    static let agencyPrompt = LocalizedText(
        vi: "Quý khách làm việc với cơ quan nào? Không bắt buộc: chọn, hoặc Bỏ qua.",
        en: "Which agency did you deal with? Optional: choose one, or Skip.")
    static let skip = LocalizedText(vi: "Bỏ qua", en: "Skip")
    static let skipFacts = LocalizedText(vi: "Gửi đánh giá không kèm cơ quan", en: "Send the rating without an agency")
    static let thanksTitle = LocalizedText(vi: "Cảm ơn quý khách", en: "Thank you")
    static let thanks = LocalizedText(
        vi: "Cảm ơn quý khách đã đánh giá! Ý kiến của quý khách giúp Trung tâm phục vụ tốt hơn.",
        en: "Thank you for your rating! It helps the center serve you better.")
    static let alreadyRated = LocalizedText(
        vi: "Quý khách đã đánh giá trong lượt sử dụng này. Cảm ơn quý khách!",
        en: "You have already rated our service in this visit. Thank you!")
    static let backHome = LocalizedText(vi: "Về trang chủ", en: "Back to home")
    static let choose = LocalizedText(vi: "Trả lời", en: "Answer")
    static let toggle = LocalizedText(vi: "Chọn/bỏ", en: "Tick")

    /// The face drawn with each answer: plain characters every terminal and console font has.
    static func face(_ answer: Satisfaction) -> String {
        switch answer {
        case .veryPleased: ":-D"
        case .pleased: ":-)"
        case .displeased: ":-("
        }
    }
}
