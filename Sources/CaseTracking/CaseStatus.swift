import ProcedureCatalog

/// The ten statuses of a case in the one-door information system, by their codes there.
public enum CaseStatus: Int, CaseIterable, Sendable, Codable {
    case submittedOnline = 1
    case received = 2
    case notAccepted = 3
    case processing = 4
    case moreDocumentsNeeded = 5
    case paymentNeeded = 6
    case withdrawn = 7
    case stopped = 8
    case resultReady = 9
    case returned = 10

    /// How the status reads to the citizen: good news, in progress or waiting, or something wrong.
    public enum Tone: Sendable {
        case good, waiting, problem
    }

    public var tone: Tone {
        switch self {
        case .resultReady, .returned: .good
        case .submittedOnline, .received, .processing: .waiting
        case .moreDocumentsNeeded, .paymentNeeded, .notAccepted, .withdrawn, .stopped: .problem
        }
    }

    /// The official name in the one-door system, and plain words in English.
    public var name: LocalizedText {
        switch self {
        case .submittedOnline: LocalizedText(vi: "Mới đăng ký", en: "Submitted online, not yet received")
        case .received: LocalizedText(vi: "Đã tiếp nhận", en: "Received")
        case .notAccepted: LocalizedText(vi: "Không được tiếp nhận", en: "Not accepted")
        case .processing: LocalizedText(vi: "Đang xử lý", en: "Being processed")
        case .moreDocumentsNeeded: LocalizedText(vi: "Cần bổ sung giấy tờ", en: "More documents needed")
        case .paymentNeeded: LocalizedText(vi: "Cần nộp phí, lệ phí, thuế", en: "A fee or tax must be paid")
        case .withdrawn: LocalizedText(vi: "Đã rút hồ sơ theo yêu cầu", en: "Withdrawn at your request")
        case .stopped: LocalizedText(vi: "Dừng xử lý", en: "Processing stopped")
        case .resultReady: LocalizedText(vi: "Đã có kết quả, mời nhận", en: "Result ready to collect")
        case .returned: LocalizedText(vi: "Đã trả kết quả", en: "Result returned")
        }
    }

    /// What the status means for the citizen, in a sentence.
    public var meaning: LocalizedText {
        switch self {
        case .submittedOnline:
            LocalizedText(vi: "Hồ sơ nộp trực tuyến đang chờ cán bộ tiếp nhận.",
                          en: "Your online application is waiting to be received by an officer.")
        case .received:
            LocalizedText(vi: "Hồ sơ đã được tiếp nhận và chuyển đến cơ quan giải quyết.",
                          en: "Your application was received and sent to the handling agency.")
        case .notAccepted:
            LocalizedText(vi: "Hồ sơ không được tiếp nhận. Lý do ở phần quá trình xử lý bên dưới.",
                          en: "Your application was not accepted. The reason is in the history below.")
        case .processing:
            LocalizedText(vi: "Cơ quan có thẩm quyền đang giải quyết hồ sơ.",
                          en: "The competent agency is handling your application.")
        case .moreDocumentsNeeded:
            LocalizedText(vi: "Quý khách cần nộp bổ sung các giấy tờ dưới đây để hồ sơ được tiếp tục giải quyết.",
                          en: "Please hand in the documents below so that your application can go on.")
        case .paymentNeeded:
            LocalizedText(vi: "Quý khách cần nộp khoản tiền dưới đây để hồ sơ được tiếp tục giải quyết.",
                          en: "Please pay the amount below so that your application can go on.")
        case .withdrawn:
            LocalizedText(vi: "Hồ sơ đã được rút theo yêu cầu của người nộp.",
                          en: "The application was withdrawn at the applicant's request.")
        case .stopped:
            LocalizedText(vi: "Cơ quan giải quyết đã dừng xử lý hồ sơ. Lý do ở phần quá trình xử lý bên dưới.",
                          en: "The handling agency stopped processing. The reason is in the history below.")
        case .resultReady:
            LocalizedText(vi: "Kết quả đã sẵn sàng. Mời quý khách đến nhận, mang theo giấy tiếp nhận hồ sơ.",
                          en: "The result is ready. Please collect it, bringing your receipt slip.")
        case .returned:
            LocalizedText(vi: "Kết quả đã được trả cho người nộp.", en: "The result has been handed over.")
        }
    }

    /// Whether the case is still running against its appointment date.
    public var isOpen: Bool {
        switch self {
        case .submittedOnline, .received, .processing, .moreDocumentsNeeded, .paymentNeeded: true
        default: false
        }
    }
}
