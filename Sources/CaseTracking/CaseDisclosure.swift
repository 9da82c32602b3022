import ProcedureCatalog

/// What may be shown of a case: the one model the kiosk's case screen and `kiosk status` both render, so that
/// both apply the same rules. Without the second factor nothing personal is shown: no name, no postal address,
/// no remark of an agency other than its reason for refusing, stopping, withdrawing or asking for more
/// documents or a payment (the citizen must know why). What is missing or due shows while it is asked for;
/// where to collect the result, while the case is open or the result is ready.
public struct CaseDisclosure: Sendable {
    public enum Delivery: Sendable, Equatable {
        /// By the public postal service; the address only with the second factor.
        case post(address: String?)
        case collect(at: String)
    }

    public struct Step: Sendable {
        public var time: LocalTime
        public var from: String
        public var action: CaseAction
        public var to: String?
        public var note: String?
    }

    public let receipt: ReceiptNumber
    public let status: CaseStatus
    public let procedureCode: String
    public let procedureName: String?
    /// The owner's masked name, with the second factor only.
    public let owner: String?
    public let handlingAgency: String
    public let received: LocalTime?
    public let appointment: LocalDay?
    /// "3 working days left", "due today", "2 working days late", or when it was finished.
    public let timing: String?
    public let delivery: Delivery?
    public let missingDocuments: [String]
    public let amountsDue: [(purpose: String, amount: Int)]
    /// The history, oldest first.
    public let history: [Step]

    /// Reasons an agency gives the citizen: shown even without the second factor.
    public static let reasons: Set<CaseAction> = [.notAccepted, .stopped, .withdrawn, .moreDocumentsRequested, .paymentRequested]

    public init(_ record: CaseRecord, catalog: Catalog, personal: Bool, today: LocalDay, calendar: WorkingCalendar,
                language: Language) {
        func unit(_ code: String) -> String { CaseUnit.name(code, catalog: catalog, language) }
        receipt = record.receipt
        status = record.status
        procedureCode = record.procedureCode
        procedureName = ProcedureCode(record.procedureCode).flatMap { catalog.procedure($0) }?.name[language]
        owner = personal ? record.maskedName : nil
        handlingAgency = unit(record.handlingAgency)
        received = record.receivedAt ?? record.submittedAt
        appointment = record.appointment
        timing = CaseTiming(record, today: today, calendar: calendar).text(language)
        if record.status.isOpen || record.status == .resultReady {
            if let address = record.postalAddress {
                delivery = .post(address: personal ? address : nil)
            } else {
                delivery = record.collectAt.map { .collect(at: $0[language]) }
            }
        } else {
            delivery = nil
        }
        missingDocuments = record.status == .moreDocumentsNeeded ? record.missingDocuments.map { $0[language] } : []
        amountsDue = record.status == .paymentNeeded ? record.amountsDue.map { ($0.purpose[language], $0.amount) } : []
        history = record.history.map { entry in
            Step(time: entry.time, from: unit(entry.from), action: entry.action, to: entry.to.map(unit),
                 note: personal || Self.reasons.contains(entry.action) ? entry.note?[language] : nil)
        }
    }
}

/// The words of a case as a citizen reads it, on the screen and from `kiosk status`, in both languages.
public enum CaseWords {
    public static let procedure = LocalizedText(vi: "Thủ tục", en: "Procedure")
    public static let receiptNumber = LocalizedText(vi: "Số hồ sơ", en: "Receipt number")
    public static let applicant = LocalizedText(vi: "Người nộp", en: "Applicant")
    public static let handlingAgency = LocalizedText(vi: "Cơ quan giải quyết", en: "Handling agency")
    public static let received = LocalizedText(vi: "Ngày tiếp nhận", en: "Received")
    public static let appointment = LocalizedText(vi: "Ngày hẹn trả kết quả", en: "Appointment")
    public static let result = LocalizedText(vi: "Kết quả", en: "Result")
    public static let delivery = LocalizedText(vi: "Nhận kết quả", en: "Result delivery")
    public static let byPost = LocalizedText(vi: "qua bưu chính công ích", en: "by post")
    public static let postTo = LocalizedText(vi: " đến: ", en: " to: ")
    public static let collectAt = LocalizedText(vi: "Nơi nhận kết quả", en: "Collect the result at")
    public static let documentsToHandIn = LocalizedText(vi: "Giấy tờ cần bổ sung", en: "Documents to hand in")
    public static let amountsToPay = LocalizedText(vi: "Khoản cần nộp", en: "Amounts to pay")
    public static let total = LocalizedText(vi: "Tổng cộng", en: "Total")
    public static let history = LocalizedText(vi: "Quá trình xử lý", en: "History")
}
