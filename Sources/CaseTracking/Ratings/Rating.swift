import Foundation
import ProcedureCatalog

/// A citizen's rating of the service, as the case database keeps it: the national per-case form (Thông tư
/// 01/2018/TT-VPCP: indicators scored 2 / 1 / 0) or a quick rating of one question. Written once: `id` is its
/// idempotency key, so a write replayed from the outbox is a no-op.
public struct Rating: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// The per-case form, by receipt number and second factor.
        case caseForm = "case"
        /// One question, without a receipt number.
        case quick
        /// One question at the counter, after a service, by the device facing the citizen (the officer rated).
        case counter
    }

    public var id: UUID
    public var kind: Kind
    public var receipt: ReceiptNumber?
    public var procedureCode: String?
    /// The handling agency (a catalog agency id), or the agency the citizen chose on a quick rating.
    public var agency: String?
    public var field: String?
    public var counter: String?
    /// At a counter: the officer who served (staff number) and the ticket ("K12").
    public var officer: String?
    public var ticket: String?
    /// The kiosk it was given at (`kiosk.id`).
    public var kiosk: String
    /// Each indicator answered or derived, scored 0, 1 or 2.
    public var answers: [Indicator: Int]
    /// What went wrong, on an answer of Không hài lòng.
    public var complaints: [Complaint]
    public var time: Date
    /// Made by `kiosk ratings seed-demo`: never counted as real.
    public var demo: Bool

    public init(id: UUID = UUID(), kind: Kind, receipt: ReceiptNumber? = nil, procedureCode: String? = nil,
                agency: String? = nil, field: String? = nil, counter: String? = nil, officer: String? = nil,
                ticket: String? = nil, kiosk: String,
                answers: [Indicator: Int], complaints: [Complaint] = [], time: Date, demo: Bool = false) {
        self.id = id
        self.kind = kind
        self.receipt = receipt
        self.procedureCode = procedureCode
        self.agency = agency
        self.field = field
        self.counter = counter
        self.officer = officer
        self.ticket = ticket
        self.kiosk = kiosk
        self.answers = answers
        self.complaints = complaints
        self.time = time
        self.demo = demo
    }

    /// The total of the indicators answered and derived.
    public var score: Int { answers.values.reduce(0, +) }

    /// Satisfied, displeased, or nil when the overall question (or, on a quick rating, its one question) was
    /// not asked.
    public var satisfaction: Satisfaction? {
        (answers[.overall] ?? answers[.attitude]).flatMap(Satisfaction.init(rawValue:))
    }
}

/// The indicators of the national form a kiosk asks or derives (5, 8 and 9 are the one-stop desk's).
public enum Indicator: Int, Codable, CaseIterable, Sendable {
    /// Total time against the statutory time: derived from the case.
    case totalTime = 1
    /// Time at each agency: derived from the case.
    case agencyTime = 2
    /// Times the citizen had to come back or contact the desk.
    case contacts = 3
    /// Agencies the citizen had to contact.
    case agencies = 4
    /// Whether the procedure was publicly posted.
    case posted = 6
    /// The staff's attitude.
    case attitude = 7
    /// Ease of use.
    case ease = 10
    /// Overall.
    case overall = 11
}

/// The three answers of a satisfaction question, with their scores.
public enum Satisfaction: Int, Codable, CaseIterable, Sendable {
    case displeased = 0
    case pleased = 1
    case veryPleased = 2

    public var name: LocalizedText {
        switch self {
        case .veryPleased: LocalizedText(vi: "Rất hài lòng", en: "Very satisfied")
        case .pleased: LocalizedText(vi: "Hài lòng", en: "Satisfied")
        case .displeased: LocalizedText(vi: "Không hài lòng", en: "Not satisfied")
        }
    }

    /// Rất hài lòng and Hài lòng count as satisfied.
    public var isSatisfied: Bool { self != .displeased }
}

/// What went wrong, chosen on an answer of Không hài lòng (no free text: a public kiosk would need moderation).
public enum Complaint: String, Codable, CaseIterable, Sendable {
    case longWait = "long_wait"
    case cameBack = "came_back"
    case unclearDocuments = "unclear_documents"
    case staffAttitude = "staff_attitude"
    case fee

    public var name: LocalizedText {
        switch self {
        case .longWait: LocalizedText(vi: "Chờ lâu", en: "Long wait")
        case .cameBack: LocalizedText(vi: "Phải đi lại nhiều lần", en: "Had to come back")
        case .unclearDocuments: LocalizedText(vi: "Giấy tờ không rõ ràng", en: "Unclear documents")
        case .staffAttitude: LocalizedText(vi: "Thái độ công chức", en: "Staff attitude")
        case .fee: LocalizedText(vi: "Phí, lệ phí", en: "Fees")
        }
    }
}

extension Rating {
    enum CodingKeys: String, CodingKey {
        case id, kind, receipt, procedureCode, agency, field, counter, officer, ticket, kiosk, answers, complaints, time, demo
    }

    /// As the outbox keeps it: the receipt number as printed, answers by indicator number.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(receipt?.description, forKey: .receipt)
        try container.encodeIfPresent(procedureCode, forKey: .procedureCode)
        try container.encodeIfPresent(agency, forKey: .agency)
        try container.encodeIfPresent(field, forKey: .field)
        try container.encodeIfPresent(counter, forKey: .counter)
        try container.encodeIfPresent(officer, forKey: .officer)
        try container.encodeIfPresent(ticket, forKey: .ticket)
        try container.encode(kiosk, forKey: .kiosk)
        try container.encode(Dictionary(uniqueKeysWithValues: answers.map { (String($0.key.rawValue), $0.value) }),
                             forKey: .answers)
        try container.encode(complaints, forKey: .complaints)
        try container.encode(time.timeIntervalSince1970, forKey: .time)
        try container.encode(demo, forKey: .demo)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let receiptText = try container.decodeIfPresent(String.self, forKey: .receipt)
        let receipt = receiptText.flatMap(ReceiptNumber.init(parsing:))
        if receiptText != nil, receipt == nil {
            throw DecodingError.dataCorruptedError(forKey: .receipt, in: container, debugDescription: "not a receipt number")
        }
        let answers = try container.decode([String: Int].self, forKey: .answers)
        self.init(id: try container.decode(UUID.self, forKey: .id), kind: try container.decode(Kind.self, forKey: .kind),
                  receipt: receipt, procedureCode: try container.decodeIfPresent(String.self, forKey: .procedureCode),
                  agency: try container.decodeIfPresent(String.self, forKey: .agency),
                  field: try container.decodeIfPresent(String.self, forKey: .field),
                  counter: try container.decodeIfPresent(String.self, forKey: .counter),
                  officer: try container.decodeIfPresent(String.self, forKey: .officer),
                  ticket: try container.decodeIfPresent(String.self, forKey: .ticket),
                  kiosk: try container.decode(String.self, forKey: .kiosk),
                  answers: Dictionary(uniqueKeysWithValues: answers.compactMap { key, value in
                      Int(key).flatMap(Indicator.init(rawValue:)).map { ($0, value) }
                  }),
                  complaints: try container.decode([Complaint].self, forKey: .complaints),
                  time: Date(timeIntervalSince1970: try container.decode(Double.self, forKey: .time)),
                  demo: try container.decode(Bool.self, forKey: .demo))
    }
}
