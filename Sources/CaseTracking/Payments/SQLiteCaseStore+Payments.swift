import Foundation
import GRDB

/// The bank statement's credits in the case file (a kiosk alone; in a hall, the copy of the server's).
extension SQLiteCaseStore: PaymentLedger {
    public func keep(_ transfers: [IncomingTransfer], deciding decide: @escaping @Sendable (IncomingTransfer, CaseRecord?) -> PaymentNotice)
        throws(CaseStoreError) -> [KeptNotice]
    {
        let now = Date().timeIntervalSince1970
        return try run {
            try writer.write { db in
                var kept: [KeptNotice] = []
                for transfer in transfers {
                    if let earlier = try Self.notice(transfer.reference, db) {
                        kept.append(KeptNotice(line: transfer.line, notice: earlier, isNew: false))
                        continue
                    }
                    let record = try transfer.receipt.flatMap { try Self.find($0, db) }
                    let notice = decide(transfer, record)
                    try db.execute(sql: """
                        INSERT INTO payment_notices (reference, receipt, amount, credited, kind, due, imported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [notice.reference, notice.receipt?.description, notice.amount,
                                         notice.credited.description, notice.kind.rawValue, notice.due, now])
                    kept.append(KeptNotice(line: transfer.line, notice: notice, isNew: true))
                }
                return kept
            }
        }
    }

    /// Every notice kept, oldest credit first (`kiosk payments list`).
    public func notices() throws(CaseStoreError) -> [PaymentNotice] {
        try run {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM payment_notices ORDER BY credited, reference")
                    .compactMap(Self.notice(_:))
            }
        }
    }

    static func notice(_ reference: String, _ db: Database) throws -> PaymentNotice? {
        let select = try db.cachedStatement(sql: "SELECT * FROM payment_notices WHERE reference = ?")
        return try Row.fetchOne(select, arguments: [reference]).flatMap(notice(_:))
    }

    static func notice(_ row: Row) -> PaymentNotice? {
        guard let credited = LocalDay(row["credited"] as String),
              let kind = PaymentNotice.Kind(rawValue: row["kind"])
        else { return nil }
        return PaymentNotice(reference: row["reference"], receipt: (row["receipt"] as String?).flatMap(ReceiptNumber.init(parsing:)),
                             amount: row["amount"], credited: credited, kind: kind, due: row["due"])
    }

    /// The transfers that named `receipt`, oldest first.
    static func transfers(_ receipt: String, _ db: Database) throws -> [ReceivedTransfer] {
        let select = try db.cachedStatement(sql: """
            SELECT reference, amount, credited FROM payment_notices WHERE receipt = ? ORDER BY credited, reference
            """)
        return try Row.fetchAll(select, arguments: [receipt]).compactMap { row in
            LocalDay(row["credited"] as String).map {
                ReceivedTransfer(reference: row["reference"], amount: row["amount"], credited: $0)
            }
        }
    }

    /// A copied case's transfers as the hall server has them.
    static func replaceTransfers(of record: CaseRecord, _ db: Database) throws {
        let receipt = record.receipt.description
        try db.execute(sql: "DELETE FROM payment_notices WHERE receipt = ?", arguments: [receipt])
        for transfer in record.transfers {
            try db.execute(sql: """
                INSERT OR REPLACE INTO payment_notices (reference, receipt, amount, credited, imported_at)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [transfer.reference, receipt, transfer.amount, transfer.credited.description,
                                 Date().timeIntervalSince1970])
        }
    }
}
