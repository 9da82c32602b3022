import CaseTracking
import Foundation
import PostgresNIO

/// Between `CaseColumns` and the hall server's `cases` rows (the history a JSON list in one column).
enum HallCaseRows {
    /// The columns every read of a case selects, in this order.
    static let columns = """
        c.receipt, c.procedure_code, c.masked_name, c.second_factor, c.channel, c.submitted_at, c.received_at,
        c.appointment, c.finished_at, c.returned_at, c.status, c.handling_agency, c.collect_at, c.postal_address,
        c.missing_documents, c.amounts_due, c.history, c.is_demo,
        (SELECT coalesce(json_agg(json_build_object('reference', p.reference, 'amount', p.amount,
            'credited', p.credited::text) ORDER BY p.credited, p.reference), '[]')::text
         FROM payment_notices p WHERE p.receipt = c.receipt) AS transfers
        """

    /// The transfers kept for the case of `row` (the `transfers` column of `columns`).
    static func transfers(_ row: PostgresRandomAccessRow) throws -> [ReceivedTransfer] {
        guard let text = try row["transfers"].decode(String?.self), text != "[]" else { return [] }
        return try JSONDecoder().decode([ReceivedTransfer].self, from: Data(text.utf8))
    }

    /// The case in `row` from its column `c.receipt` on, or nil when the row has none (a LEFT JOIN missed).
    static func columns(_ row: PostgresRandomAccessRow) throws -> CaseColumns? {
        guard let receipt = try row["receipt"].decode(String?.self) else { return nil }
        let history = try row["history"].decode(String.self)
        guard let steps = try? JSONDecoder().decode([CaseColumns.HistoryColumns].self, from: Data(history.utf8)) else {
            throw CaseColumns.Malformed(receipt: receipt, column: "history")
        }
        return CaseColumns(
            receipt: receipt, procedureCode: try row["procedure_code"].decode(String.self),
            maskedName: try row["masked_name"].decode(String.self),
            secondFactor: try row["second_factor"].decode(Data?.self), channel: try row["channel"].decode(String.self),
            submittedAt: try row["submitted_at"].decode(String?.self),
            receivedAt: try row["received_at"].decode(String?.self),
            appointment: try row["appointment"].decode(String?.self),
            finishedAt: try row["finished_at"].decode(String?.self),
            returnedAt: try row["returned_at"].decode(String?.self),
            status: Int(try row["status"].decode(Int32.self)),
            handlingAgency: try row["handling_agency"].decode(String.self),
            collectAt: try row["collect_at"].decode(String?.self),
            postalAddress: try row["postal_address"].decode(String?.self),
            missingDocuments: try row["missing_documents"].decode(String.self),
            amountsDue: try row["amounts_due"].decode(String.self), history: steps,
            isDemo: try row["is_demo"].decode(Bool.self))
    }

    /// Writes a case (replacing the one with its number); the trigger numbers the change and announces it.
    static func save(_ record: CaseRecord, _ connection: PostgresConnection) async throws {
        let c = CaseColumns(record)
        let history = String(decoding: try JSONEncoder().encode(c.history), as: UTF8.self)
        try await connection.query("""
            INSERT INTO cases (receipt, procedure_code, masked_name, second_factor, channel, submitted_at,
                received_at, appointment, finished_at, returned_at, status, handling_agency, collect_at,
                postal_address, missing_documents, amounts_due, history, is_demo)
            VALUES (\(c.receipt), \(c.procedureCode), \(c.maskedName), \(c.secondFactor), \(c.channel),
                \(c.submittedAt), \(c.receivedAt), \(c.appointment), \(c.finishedAt), \(c.returnedAt),
                \(Int32(c.status)), \(c.handlingAgency), \(c.collectAt), \(c.postalAddress), \(c.missingDocuments),
                \(c.amountsDue), \(history), \(c.isDemo))
            ON CONFLICT (receipt) DO UPDATE SET procedure_code = EXCLUDED.procedure_code,
                masked_name = EXCLUDED.masked_name, second_factor = EXCLUDED.second_factor,
                channel = EXCLUDED.channel, submitted_at = EXCLUDED.submitted_at,
                received_at = EXCLUDED.received_at, appointment = EXCLUDED.appointment,
                finished_at = EXCLUDED.finished_at, returned_at = EXCLUDED.returned_at, status = EXCLUDED.status,
                handling_agency = EXCLUDED.handling_agency, collect_at = EXCLUDED.collect_at,
                postal_address = EXCLUDED.postal_address, missing_documents = EXCLUDED.missing_documents,
                amounts_due = EXCLUDED.amounts_due, history = EXCLUDED.history, is_demo = EXCLUDED.is_demo
            """, logger: HallServer.quiet)
    }
}

/// A receipt number's failed look-ups as the server keeps them (times in seconds since 1970).
enum HallGuessRows {
    static func guesses(_ row: PostgresRandomAccessRow) throws -> ReceiptGuesses {
        guard let failures = try row["failures"].decode(Int32?.self) else { return ReceiptGuesses() }
        func date(_ column: String) throws -> Date? {
            try row[column].decode(Double?.self).map(Date.init(timeIntervalSince1970:))
        }
        return ReceiptGuesses(failures: Int(failures), windowStart: try date("window_start"),
                              lastFailure: try date("last_failure"), lockedUntil: try date("locked_until"))
    }
}
