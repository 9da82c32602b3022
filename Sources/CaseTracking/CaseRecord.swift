import Foundation
import ProcedureCatalog

/// A text from the back office in Vietnamese, with an English version when one was given.
public struct CaseText: Hashable, Sendable, Codable {
    public var vi: String
    public var en: String?

    public init(vi: String, en: String? = nil) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`, or the Vietnamese original when no translation exists (names of documents
    /// and agencies are legal names a citizen recognises in Vietnamese).
    public subscript(_ language: Language) -> String {
        language == .en ? (en ?? vi) : vi
    }
}

/// Something the citizen must pay before the case goes on.
public struct AmountDue: Hashable, Sendable, Codable {
    public var purpose: CaseText
    /// Whole đồng.
    public var amount: Int

    public init(purpose: CaseText, amount: Int) {
        self.purpose = purpose
        self.amount = amount
    }
}

/// One step of the processing history.
public struct HistoryEntry: Hashable, Sendable {
    public var time: LocalTime
    /// The unit that acted, and the unit it passed the case to: a catalog agency id, a unit code known to the
    /// kiosk (`ONE_STOP`, `POST`, `APPLICANT`) or a name as the back office wrote it.
    public var from: String
    public var action: CaseAction
    public var to: String?
    public var note: CaseText?

    public init(time: LocalTime, from: String, action: CaseAction, to: String? = nil, note: CaseText? = nil) {
        self.time = time
        self.from = from
        self.action = action
        self.to = to
        self.note = note
    }
}

/// A case (hồ sơ) as the one-door system keeps it.
public struct CaseRecord: Hashable, Sendable {
    public var receipt: ReceiptNumber
    public var procedureCode: String
    /// The owner's name as the case screen shows it, already masked ("Nguyễn V** A*"): the whole name is never
    /// kept (see `IncomingCase.reduced`).
    public var maskedName: String
    /// The keyed hash of the owner's ID digits that a look-up must match; nil: no look-up with the second
    /// factor can find the case.
    public var secondFactor: SecondFactorDigest?
    public var channel: Channel.Kind
    public var submittedAt: LocalTime?
    public var receivedAt: LocalTime?
    /// The appointment day (ngày hẹn trả kết quả).
    public var appointment: LocalDay?
    public var finishedAt: LocalTime?
    public var returnedAt: LocalTime?
    public var status: CaseStatus
    /// The catalog id of the agency handling the case, or its name.
    public var handlingAgency: String
    /// Where the result is collected (a counter of the center), when not by post.
    public var collectAt: CaseText?
    /// The result goes out by post (bưu chính công ích), to this address (from the ward on, see `AddressMask`).
    public var postalAddress: String?
    public var missingDocuments: [CaseText]
    public var amountsDue: [AmountDue]
    public var history: [HistoryEntry]
    /// Seeded from the demo file: replaced when the demo is seeded again, never mixed with real cases.
    public var isDemo: Bool
    /// Transfers naming this receipt number seen on the agency's bank statement (`kiosk payments import`),
    /// oldest first; kept beside the case, not in it, so a new import of the case does not lose them.
    public var transfers: [ReceivedTransfer] = []
    /// Read from the kiosk's local copy while the hall server was away: when the copy was last brought up to
    /// date (the case screen says "as of HH:MM"). nil: read live.
    public var asOf: Date?

    public init(
        receipt: ReceiptNumber, procedureCode: String, maskedName: String = "",
        secondFactor: SecondFactorDigest? = nil, channel: Channel.Kind, submittedAt: LocalTime? = nil, receivedAt: LocalTime?, appointment: LocalDay?,
        finishedAt: LocalTime? = nil, returnedAt: LocalTime? = nil, status: CaseStatus, handlingAgency: String,
        collectAt: CaseText? = nil, postalAddress: String? = nil, missingDocuments: [CaseText] = [],
        amountsDue: [AmountDue] = [], history: [HistoryEntry] = [], isDemo: Bool = false
    ) {
        self.receipt = receipt
        self.procedureCode = procedureCode
        self.maskedName = maskedName
        self.secondFactor = secondFactor
        self.channel = channel
        self.submittedAt = submittedAt
        self.receivedAt = receivedAt
        self.appointment = appointment
        self.finishedAt = finishedAt
        self.returnedAt = returnedAt
        self.status = status
        self.handlingAgency = handlingAgency
        self.collectAt = collectAt
        self.postalAddress = postalAddress
        self.missingDocuments = missingDocuments
        self.amountsDue = amountsDue
        self.history = history
        self.isDemo = isDemo
    }
}
