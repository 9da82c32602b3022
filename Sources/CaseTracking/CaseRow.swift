import Foundation
import GRDB
import ProcedureCatalog

/// Between a `CaseRecord` and its SQLite rows (`cases`, and `case_history` a step a row), through `CaseColumns`.
enum CaseRow {
    /// The record of a row found by `receipt` (the key, so it is not parsed again).
    static func record(_ row: Row, receipt: ReceiptNumber, history: [Row]) throws -> CaseRecord {
        let columns = CaseColumns(
            receipt: receipt.description, procedureCode: row["procedure_code"], maskedName: row["masked_name"],
            secondFactor: row["second_factor"], channel: row["channel"], submittedAt: row["submitted_at"],
            receivedAt: row["received_at"], appointment: row["appointment"], finishedAt: row["finished_at"],
            returnedAt: row["returned_at"], status: row["status"], handlingAgency: row["handling_agency"],
            collectAt: row["collect_at"], postalAddress: row["postal_address"],
            missingDocuments: row["missing_documents"], amountsDue: row["amounts_due"],
            history: history.map {
                CaseColumns.HistoryColumns(time: $0["time"], from: $0["from_unit"], action: $0["action"],
                                           to: $0["to_unit"], note: $0["note"])
            },
            isDemo: row["is_demo"])
        // Rows written before the check (or by a back office that does not write it) have none.
        if let check = row["row_check"] as Int64?, check != columns.rowCheck {
            throw DamagedRow(receipt: receipt.description)
        }
        return try columns.record(receipt: receipt)
    }

    static func save(_ record: CaseRecord, _ db: Database) throws {
        let columns = CaseColumns(record)
        let key = columns.receipt
        try db.execute(sql: "DELETE FROM case_history WHERE receipt = ?", arguments: [key])
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO cases (receipt, procedure_code, masked_name, second_factor, channel,
                    submitted_at, received_at, appointment, finished_at, returned_at, status, handling_agency,
                    collect_at, postal_address, missing_documents, amounts_due, is_demo, row_check)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                key, columns.procedureCode, columns.maskedName, columns.secondFactor, columns.channel,
                columns.submittedAt, columns.receivedAt, columns.appointment, columns.finishedAt, columns.returnedAt,
                columns.status, columns.handlingAgency, columns.collectAt, columns.postalAddress,
                columns.missingDocuments, columns.amountsDue, columns.isDemo, columns.rowCheck,
            ])
        for (position, step) in columns.history.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO case_history (receipt, position, time, from_unit, action, to_unit, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [key, position, step.time, step.from, step.action, step.to, step.note])
        }
    }
}

/// A case row whose bytes no longer match its check (`CaseColumns.rowCheck`): the file is damaged there.
struct DamagedRow: Error, CustomStringConvertible {
    let receipt: String
    var description: String { "the row of a case is damaged (its check does not match): the file needs restoring" }
}
