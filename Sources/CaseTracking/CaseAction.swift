import ProcedureCatalog

/// What happened in one step of a case's processing history.
public enum CaseAction: String, CaseIterable, Sendable, Codable {
    case submittedOnline = "submitted_online"
    case received
    case transferred
    case processing
    case moreDocumentsRequested = "more_documents_requested"
    case documentsAdded = "documents_added"
    case paymentRequested = "payment_requested"
    case paid
    case signed
    case resultReady = "result_ready"
    case returned
    case posted
    case notAccepted = "not_accepted"
    case withdrawn
    case stopped

    public var name: LocalizedText {
        switch self {
        case .submittedOnline: LocalizedText(vi: "Nộp hồ sơ trực tuyến", en: "Submitted online")
        case .received: LocalizedText(vi: "Tiếp nhận hồ sơ", en: "Application received")
        case .transferred: LocalizedText(vi: "Chuyển hồ sơ", en: "Sent on")
        case .processing: LocalizedText(vi: "Thẩm định, xử lý", en: "Examined and processed")
        case .moreDocumentsRequested: LocalizedText(vi: "Yêu cầu bổ sung giấy tờ", en: "More documents requested")
        case .documentsAdded: LocalizedText(vi: "Nhận giấy tờ bổ sung", en: "Additional documents received")
        case .paymentRequested: LocalizedText(vi: "Thông báo nộp phí, lệ phí, thuế", en: "Payment requested")
        case .paid: LocalizedText(vi: "Đã nộp phí, lệ phí, thuế", en: "Payment received")
        case .signed: LocalizedText(vi: "Lãnh đạo ký duyệt", en: "Signed by the head of the agency")
        case .resultReady: LocalizedText(vi: "Có kết quả, chờ trả", en: "Result ready to collect")
        case .returned: LocalizedText(vi: "Trả kết quả", en: "Result handed over")
        case .posted: LocalizedText(vi: "Gửi kết quả qua bưu chính", en: "Result sent by post")
        case .notAccepted: LocalizedText(vi: "Không tiếp nhận", en: "Not accepted")
        case .withdrawn: LocalizedText(vi: "Rút hồ sơ", en: "Withdrawn")
        case .stopped: LocalizedText(vi: "Dừng xử lý", en: "Processing stopped")
        }
    }
}
