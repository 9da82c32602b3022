import CaseTracking
import Foundation
import PostgresNIO

/// The agency's bank statement on the hall server: the office keeps each credit once (`kiosk payments
/// import`); a credit naming a case marks it changed, so every kiosk's copy takes the transfer with the case.
extension HallServer: PaymentLedger {
    /// One import at a time in the hall (two cashiers importing statements that share a case would otherwise
    /// both see it owing).
    static let paymentLock: Int64 = 7716

    public func keep(_ transfers: [IncomingTransfer],
                     deciding decide: @escaping @Sendable (IncomingTransfer, CaseRecord?) -> PaymentNotice)
        throws(CaseStoreError) -> [KeptNotice]
    {
        do {
            return try client.call(within: 120) { client in
                try await client.withTransaction(logger: Self.quiet) { connection in
                    try await connection.query("SELECT pg_advisory_xact_lock(\(Self.paymentLock))", logger: Self.quiet)
                    var kept: [KeptNotice] = []
                    for transfer in transfers {
                        if let earlier = try await Self.notice(transfer.reference, connection) {
                            kept.append(KeptNotice(line: transfer.line, notice: earlier, isNew: false))
                            continue
                        }
                        let record = try await Self.record(transfer.receipt, connection)
                        let notice = decide(transfer, record)
                        try await connection.query("""
                            INSERT INTO payment_notices (reference, receipt, amount, credited, kind, due)
                            VALUES (\(notice.reference), \(notice.receipt?.description), \(Int64(notice.amount)),
                                \(notice.credited.description)::date, \(notice.kind.rawValue), \(notice.due.map(Int64.init)))
                            """, logger: Self.quiet)
                        kept.append(KeptNotice(line: transfer.line, notice: notice, isNew: true))
                    }
                    return kept
                }
            }
        } catch {
            throw error.storeError
        }
    }

    /// Every notice kept in the hall, oldest credit first (`kiosk payments list`).
    public func notices(within seconds: TimeInterval? = nil) throws(HallError) -> [PaymentNotice] {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            try await client.withConnection { connection in
                let rows = try await connection.query("""
                    SELECT \(unescaped: Self.noticeColumns) FROM payment_notices ORDER BY credited, reference
                    """, logger: Self.quiet)
                var notices: [PaymentNotice] = []
                for try await row in rows.decode((String, String?, Int64, String, String, Int64?).self) {
                    if let notice = Self.notice(row) { notices.append(notice) }
                }
                return notices
            }
        }
    }

    private static func notice(_ reference: String, _ connection: PostgresConnection) async throws -> PaymentNotice? {
        let rows = try await connection.query("""
            SELECT \(unescaped: noticeColumns) FROM payment_notices WHERE reference = \(reference)
            """, logger: quiet)
        for try await row in rows.decode((String, String?, Int64, String, String, Int64?).self) { return notice(row) }
        return nil
    }

    /// What a notice's row is read as, in `notice(_:)`'s order.
    private static let noticeColumns = "reference, receipt, amount, credited::text, kind, due"

    private static func notice(_ row: (String, String?, Int64, String, String, Int64?)) -> PaymentNotice? {
        guard let credited = LocalDay(row.3), let kind = PaymentNotice.Kind(rawValue: row.4) else { return nil }
        return PaymentNotice(reference: row.0, receipt: row.1.flatMap(ReceiptNumber.init(parsing:)), amount: Int(row.2),
                             credited: credited, kind: kind, due: row.5.map(Int.init))
    }

    /// The case as stored, with the transfers kept for it so far (this transaction's too).
    private static func record(_ receipt: ReceiptNumber?, _ connection: PostgresConnection) async throws -> CaseRecord? {
        guard let receipt else { return nil }
        let rows = try await connection.query("""
            SELECT \(unescaped: HallCaseRows.columns) FROM cases c WHERE c.receipt = \(receipt.description)
            """, logger: quiet)
        for try await row in rows {
            let access = row.makeRandomAccess()
            guard let columns = try HallCaseRows.columns(access) else { return nil }
            var record = try columns.record(receipt: receipt)
            record.transfers = try HallCaseRows.transfers(access)
            return record
        }
        return nil
    }
}
