import Foundation
import ProcedureCatalog

/// A case as a database keeps it, in plain columns: dates as text (`2026-11-27`, `2026-11-27 08:15`) and lists
/// as JSON, readable in any SQL tool the back office uses. The embedded SQLite file and the hall's PostgreSQL
/// server hold the same columns; each store only moves them to and from its rows.
public struct CaseColumns: Sendable, Equatable {
    public var receipt: String
    public var procedureCode: String
    public var maskedName: String
    public var secondFactor: Data?
    public var channel: String
    public var submittedAt: String?
    public var receivedAt: String?
    public var appointment: String?
    public var finishedAt: String?
    public var returnedAt: String?
    public var status: Int
    public var handlingAgency: String
    /// JSON of a `CaseText`.
    public var collectAt: String?
    public var postalAddress: String?
    /// JSON lists.
    public var missingDocuments: String
    public var amountsDue: String
    public var history: [HistoryColumns]
    public var isDemo: Bool

    /// One step of the history, as its own row (SQLite) or an element of a JSON list (PostgreSQL).
    public struct HistoryColumns: Sendable, Equatable, Codable {
        public var time: String
        public var from: String
        public var action: String
        public var to: String?
        /// JSON of a `CaseText`.
        public var note: String?

        public init(time: String, from: String, action: String, to: String?, note: String?) {
            self.time = time
            self.from = from
            self.action = action
            self.to = to
            self.note = note
        }
    }

    /// A column that holds what no case can: the store's file or server was written by something else.
    public struct Malformed: Error, CustomStringConvertible {
        public let receipt: String
        public let column: String
        public var description: String { "case \(receipt): column \(column) cannot be read" }

        public init(receipt: String, column: String) {
            self.receipt = receipt
            self.column = column
        }
    }

    public init(
        receipt: String, procedureCode: String, maskedName: String, secondFactor: Data?, channel: String,
        submittedAt: String?, receivedAt: String?, appointment: String?, finishedAt: String?, returnedAt: String?,
        status: Int, handlingAgency: String, collectAt: String?, postalAddress: String?, missingDocuments: String,
        amountsDue: String, history: [HistoryColumns], isDemo: Bool
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

    public init(_ record: CaseRecord) {
        func json<T: Encodable>(_ value: T) -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            // Encoding these plain structs cannot fail.
            return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
        }
        self.init(
            receipt: record.receipt.description, procedureCode: record.procedureCode, maskedName: record.maskedName,
            secondFactor: record.secondFactor.map { Data($0.bytes) }, channel: record.channel.rawValue,
            submittedAt: record.submittedAt?.description, receivedAt: record.receivedAt?.description,
            appointment: record.appointment?.description, finishedAt: record.finishedAt?.description,
            returnedAt: record.returnedAt?.description, status: record.status.rawValue,
            handlingAgency: record.handlingAgency, collectAt: record.collectAt.map(json),
            postalAddress: record.postalAddress, missingDocuments: json(record.missingDocuments),
            amountsDue: json(record.amountsDue),
            history: record.history.map {
                HistoryColumns(time: $0.time.description, from: $0.from, action: $0.action.rawValue, to: $0.to,
                               note: $0.note.map(json))
            },
            isDemo: record.isDemo)
    }

    /// The record these columns hold; `receipt` is the number they were found by (not parsed again).
    public func record(receipt: ReceiptNumber) throws(Malformed) -> CaseRecord {
        func bad(_ column: String) -> Malformed { Malformed(receipt: self.receipt, column: column) }
        guard let status = CaseStatus(rawValue: status) else { throw bad("status") }
        guard let channel = Channel.Kind(rawValue: channel) else { throw bad("channel") }
        func time(_ text: String?, _ column: String) throws(Malformed) -> LocalTime? {
            guard let text else { return nil }
            guard let value = LocalTime(text) else { throw bad(column) }
            return value
        }
        var day: LocalDay?
        if let appointment {
            guard let value = LocalDay(appointment) else { throw bad("appointment") }
            day = value
        }
        let decoder = JSONDecoder()
        func text(_ json: String?, _ column: String) throws(Malformed) -> CaseText? {
            guard let json else { return nil }
            guard let value = try? decoder.decode(CaseText.self, from: Data(json.utf8)) else { throw bad(column) }
            return value
        }
        /// Most cases have nothing missing and nothing due: `[]` needs no JSON decoder.
        func list<T: Decodable>(_ json: String, _ column: String, as type: [T].Type) throws(Malformed) -> [T] {
            if json == "[]" { return [] }
            guard let value = try? decoder.decode([T].self, from: Data(json.utf8)) else { throw bad(column) }
            return value
        }
        var steps: [HistoryEntry] = []
        for step in history {
            guard let at = LocalTime(step.time) else { throw bad("history.time") }
            guard let action = CaseAction(rawValue: step.action) else { throw bad("history.action") }
            steps.append(HistoryEntry(time: at, from: step.from, action: action, to: step.to,
                                      note: try text(step.note, "history.note")))
        }
        return CaseRecord(
            receipt: receipt, procedureCode: procedureCode, maskedName: maskedName,
            secondFactor: secondFactor.map { SecondFactorDigest(Array($0)) }, channel: channel,
            submittedAt: try time(submittedAt, "submitted_at"), receivedAt: try time(receivedAt, "received_at"),
            appointment: day, finishedAt: try time(finishedAt, "finished_at"),
            returnedAt: try time(returnedAt, "returned_at"), status: status, handlingAgency: handlingAgency,
            collectAt: try text(collectAt, "collect_at"), postalAddress: postalAddress,
            missingDocuments: try list(missingDocuments, "missing_documents", as: [CaseText].self),
            amountsDue: try list(amountsDue, "amounts_due", as: [AmountDue].self), history: steps, isDemo: isDemo)
    }
}
