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
    static let notSavedTitle = LocalizedText(vi: "Chưa lưu được đánh giá", en: "Your rating was not saved")
    static let notSaved = LocalizedText(
        vi: "Rất tiếc, hệ thống đang gặp sự cố nên chưa lưu được đánh giá của quý khách. Xin quý khách đánh giá tại quầy hướng dẫn, hoặc trên Cổng Dịch vụ công (mục Đánh giá).",
        en: "Sorry, a fault kept us from saving your rating. Please give it at the information desk, or on the public service portal (Rating).")
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

/// The per-case form's words.
extension RatingUIText {
    static let caseTitle = LocalizedText(vi: "Đánh giá hồ sơ", en: "Rate your case")
    static let startPrompt = LocalizedText(vi: "Quý khách muốn đánh giá thế nào?", en: "How would you like to rate us?")
    static let byReceipt = LocalizedText(vi: "Đánh giá hồ sơ đã nộp (có giấy tiếp nhận)", en: "Rate your case (with the receipt slip)")
    static let withoutSlip = LocalizedText(vi: "Đánh giá nhanh (không có giấy)", en: "Quick rating (without the slip)")
    static let start = LocalizedText(vi: "Bắt đầu đánh giá", en: "Start")
    static let rateAgain = LocalizedText(vi: "Đánh giá lại (thay đánh giá trước)", en: "Rate again (replacing it)")
    static let rateThisCase = LocalizedText(vi: "Đánh giá", en: "Rate")

    static func question(_ indicator: Indicator) -> LocalizedText {
        switch indicator {
        case .contacts: LocalizedText(vi: "Quý khách phải đi lại hoặc liên hệ bao nhiêu lần để hoàn thành hồ sơ?",
                                      en: "How many times did you have to come back or contact the desk?")
        case .agencies: LocalizedText(vi: "Quý khách phải liên hệ với bao nhiêu cơ quan để hoàn thành hồ sơ?",
                                      en: "How many agencies did you have to contact?")
        case .posted: LocalizedText(vi: "Thủ tục này có được niêm yết công khai không?",
                                    en: "Was this procedure publicly posted?")
        case .attitude: quickQuestion
        case .ease: LocalizedText(vi: "Quý khách có hài lòng về sự thuận tiện khi thực hiện thủ tục không?",
                                  en: "How satisfied are you with how easy the procedure was?")
        case .overall: LocalizedText(vi: "Nhìn chung, quý khách có hài lòng về việc giải quyết hồ sơ này không?",
                                     en: "Overall, how satisfied are you with how this case was handled?")
        case .totalTime, .agencyTime: LocalizedText(vi: "", en: "")
        }
    }

    /// The three answers of a question, best (2) first.
    static func answers(_ indicator: Indicator) -> [LocalizedText] {
        switch indicator {
        case .contacts: [LocalizedText(vi: "Không lần nào", en: "None"), LocalizedText(vi: "Một lần", en: "Once"),
                         LocalizedText(vi: "Nhiều hơn một lần", en: "More than once")]
        case .agencies: [LocalizedText(vi: "Một cơ quan", en: "One agency"), LocalizedText(vi: "Hai cơ quan", en: "Two agencies"),
                         LocalizedText(vi: "Ba cơ quan trở lên", en: "Three or more")]
        case .posted: [LocalizedText(vi: "Có, tại nơi nộp và trên mạng", en: "Yes, at the desk and online"),
                       LocalizedText(vi: "Có, ở một nơi", en: "Yes, in one place"),
                       LocalizedText(vi: "Không thấy niêm yết", en: "Not that I saw")]
        default: Satisfaction.allCases.reversed().map { LocalizedText(vi: face($0) + "  " + $0.name.vi, en: face($0) + "  " + $0.name.en) }
        }
    }

    /// Indicators 1 and 2, from the case data.
    static func derived(_ score: Int?, _ language: Language) -> String {
        let vi = language == .vi
        let verdict: String = switch score {
        case 2: vi ? "sớm hơn hạn" : "before the appointment"
        case 1: vi ? "đúng hạn" : "on the appointment day"
        case 0: vi ? "trễ hạn" : "late"
        default: vi ? "chưa đến hạn" : "not due yet"
        }
        return vi ? "Thời gian giải quyết (chỉ số 1 và 2, theo dữ liệu hồ sơ): \(verdict)."
            : "Handling time (indicators 1 and 2, from the case data): \(verdict)."
    }

    static func alreadyRatedCase(_ day: String, replaceable: Bool, _ language: Language) -> String {
        switch (language, replaceable) {
        case (.vi, true): "Hồ sơ này đã được đánh giá ngày \(day). Quý khách có thể đánh giá lại để thay đánh giá trước."
        case (.vi, false): "Hồ sơ này đã được đánh giá ngày \(day), và đã quá 30 ngày kể từ khi có kết quả."
        case (.en, true): "This case was rated on \(day). You may rate it again, replacing that rating."
        case (.en, false): "This case was rated on \(day), and its result is more than 30 days old."
        }
    }
}
