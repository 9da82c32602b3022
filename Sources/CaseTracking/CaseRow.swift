import Foundation
import GRDB
import ProcedureCatalog

/// Between a `CaseRecord` and its rows. Lists (missing documents, amounts due) are JSON in one column; dates are
/// text (`2026-11-27`, `2026-11-27 08:15`), readable in any SQLite tool the back office uses.
enum CaseRow {
    struct Malformed: Error, CustomStringConvertible {
        let receipt: String
        let column: String
        var description: String { "case \(receipt): column \(column) cannot be read" }
    }

    /// The record of a row found by `receipt` (the key, so it is not parsed again).
    static func record(_ row: Row, receipt: ReceiptNumber, history: [Row]) throws -> CaseRecord {
        let key = receipt.description
        func bad(_ column: String) -> Malformed { Malformed(receipt: key, column: column) }
        guard let status = CaseStatus(rawValue: row["status"]) else { throw bad("status") }
        guard let channel = Channel.Kind(rawValue: row["channel"]) else { throw bad("channel") }
        func time(_ column: String) throws -> LocalTime? {
            guard let text: String = row[column] else { return nil }
            guard let value = LocalTime(text) else { throw bad(column) }
            return value
        }
        var appointment: LocalDay?
        if let text: String = row["appointment"] {
            guard let day = LocalDay(text) else { throw bad("appointment") }
            appointment = day
        }
        let decoder = JSONDecoder()
        /// Most cases have nothing missing and nothing due: `[]` needs no JSON decoder.
        func json<T: Decodable & RangeReplaceableCollection>(_ column: String, as type: T.Type) throws -> T {
            let text: String = row[column]
            if text == "[]" { return T() }
            guard let value = try? decoder.decode(T.self, from: Data(text.utf8)) else { throw bad(column) }
            return value
        }
        let entries = try history.map { entry -> HistoryEntry in
            guard let at = LocalTime(entry["time"] as String) else { throw bad("case_history.time") }
            guard let action = CaseAction(rawValue: entry["action"]) else { throw bad("case_history.action") }
            let note: String? = entry["note"]
            return HistoryEntry(time: at, from: entry["from_unit"], action: action, to: entry["to_unit"],
                                note: try note.map { try decoder.decode(CaseText.self, from: Data($0.utf8)) })
        }
        let collect: String? = row["collect_at"]
        return CaseRecord(
            receipt: receipt, procedureCode: row["procedure_code"], maskedName: row["masked_name"],
            secondFactor: (row["second_factor"] as Data?).map { SecondFactorDigest(Array($0)) }, channel: channel,
            submittedAt: try time("submitted_at"),
            receivedAt: try time("received_at"), appointment: appointment, finishedAt: try time("finished_at"),
            returnedAt: try time("returned_at"), status: status, handlingAgency: row["handling_agency"],
            collectAt: try collect.map { try decoder.decode(CaseText.self, from: Data($0.utf8)) },
            postalAddress: row["postal_address"],
            missingDocuments: try json("missing_documents", as: [CaseText].self),
            amountsDue: try json("amounts_due", as: [AmountDue].self), history: entries,
            isDemo: row["is_demo"])
    }

    static func save(_ record: CaseRecord, _ db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        let key = record.receipt.description
        try db.execute(sql: "DELETE FROM case_history WHERE receipt = ?", arguments: [key])
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO cases (receipt, procedure_code, masked_name, second_factor, channel,
                    submitted_at, received_at, appointment, finished_at, returned_at, status, handling_agency,
                    collect_at, postal_address, missing_documents, amounts_due, is_demo)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                key, record.procedureCode, record.maskedName, record.secondFactor.map { Data($0.bytes) },
                record.channel.rawValue,
                record.submittedAt?.description, record.receivedAt?.description, record.appointment?.description,
                record.finishedAt?.description, record.returnedAt?.description, record.status.rawValue,
                record.handlingAgency, try record.collectAt.map(json), record.postalAddress,
                try json(record.missingDocuments), try json(record.amountsDue), record.isDemo,
            ])
        for (position, entry) in record.history.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO case_history (receipt, position, time, from_unit, action, to_unit, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [key, position, entry.time.description, entry.from, entry.action.rawValue, entry.to,
                            try entry.note.map(json)])
        }
    }
}
