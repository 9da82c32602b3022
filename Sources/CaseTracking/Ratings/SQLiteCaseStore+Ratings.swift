import Foundation
import GRDB

/// Ratings in the case database: one row each, its answers as JSON (indicator number → score).
extension SQLiteCaseStore: RatingStore {
    @discardableResult
    public func save(_ rating: Rating) throws(CaseStoreError) -> Bool {
        try run { try writer.write { db in try Self.insert(rating, db) } }
    }

    /// One rating's row, unless its id is there already; whether it was new.
    private static func insert(_ rating: Rating, _ db: Database) throws -> Bool {
        let answers = Dictionary(uniqueKeysWithValues: rating.answers.map { (String($0.key.rawValue), $0.value) })
        if rating.kind == .caseForm, let receipt = rating.receipt {
            try db.execute(sql: "DELETE FROM ratings WHERE kind = 'case' AND receipt = ? AND id <> ?",
                           arguments: [receipt.description, rating.id.uuidString])
        }
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO ratings (id, kind, receipt, procedure_code, agency, field, counter, officer, ticket,
                    kiosk, answers, complaints, score, satisfied, time, is_demo)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [rating.id.uuidString, rating.kind.rawValue, rating.receipt?.description,
                        rating.procedureCode, rating.agency, rating.field, rating.counter, rating.officer, rating.ticket,
                        rating.kiosk,
                        try json(answers), try json(rating.complaints.map(\.rawValue)), rating.score,
                        rating.satisfaction.map { $0.isSatisfied }, rating.time.timeIntervalSince1970, rating.demo])
        return db.changesCount > 0
    }

    public func ratings(from start: Date, to end: Date) throws(CaseStoreError) -> [Rating] {
        try run {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM ratings WHERE time >= ? AND time < ? ORDER BY time, id",
                                 arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970])
                    .compactMap(Self.rating)
            }
        }
    }

    public func quickRatings(kiosk: String, since start: Date) throws(CaseStoreError) -> Int {
        try run {
            try writer.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM ratings WHERE kind = 'quick' AND kiosk = ? AND time >= ?",
                                 arguments: [kiosk, start.timeIntervalSince1970]) ?? 0
            }
        }
    }

    public func caseRating(_ receipt: ReceiptNumber) throws(CaseStoreError) -> Rating? {
        try run {
            try writer.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM ratings WHERE kind = 'case' AND receipt = ? ORDER BY time DESC LIMIT 1",
                                 arguments: [receipt.description]).flatMap(Self.rating)
            }
        }
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private static func rating(_ row: Row) -> Rating? {
        guard let id = UUID(uuidString: row["id"]), let kind = Rating.Kind(rawValue: row["kind"]) else { return nil }
        let answers = (try? JSONDecoder().decode([String: Int].self, from: Data((row["answers"] as String).utf8))) ?? [:]
        let complaints = (try? JSONDecoder().decode([String].self, from: Data((row["complaints"] as String).utf8))) ?? []
        return Rating(
            id: id, kind: kind, receipt: (row["receipt"] as String?).flatMap(ReceiptNumber.init(parsing:)),
            procedureCode: row["procedure_code"], agency: row["agency"], field: row["field"], counter: row["counter"],
            officer: row["officer"], ticket: row["ticket"], kiosk: row["kiosk"],
            answers: Dictionary(uniqueKeysWithValues: answers.compactMap { key, value in
                Int(key).flatMap(Indicator.init(rawValue:)).map { ($0, value) }
            }),
            complaints: complaints.compactMap(Complaint.init(rawValue:)),
            time: Date(timeIntervalSince1970: row["time"]), demo: row["is_demo"])
    }
}

extension SQLiteCaseStore {
    /// Removes the demo ratings (`kiosk ratings clear-demo`); returns how many.
    @discardableResult
    public func clearDemoRatings() throws(CaseStoreError) -> Int {
        try run {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM ratings WHERE is_demo = 1")
                return db.changesCount
            }
        }
    }

    /// Writes many ratings in one transaction (the demo seeding); a rating already there is left as it is.
    public func save(_ ratings: [Rating]) throws(CaseStoreError) {
        try run { try writer.write { db in for rating in ratings { _ = try Self.insert(rating, db) } } }
    }
}
