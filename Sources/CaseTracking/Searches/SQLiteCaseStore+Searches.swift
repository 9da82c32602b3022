import Foundation
import GRDB

/// Searches in the case file.
extension SQLiteCaseStore: SearchLog {
    public func save(_ search: SearchRecord) throws(CaseStoreError) {
        try run {
            try writer.write { db in
                try db.execute(sql: """
                    INSERT OR IGNORE INTO searches (id, kiosk, time, query, results, opened, rank, previous)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [search.id.uuidString, search.kiosk, search.time.timeIntervalSince1970, search.query,
                                     search.results, search.opened, search.rank, search.previous])
            }
        }
    }

    public func searches(from start: Date, to end: Date) throws(CaseStoreError) -> [SearchRecord] {
        try run {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM searches WHERE time >= ? AND time < ? ORDER BY time, id",
                                 arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970]).compactMap { row in
                    guard let id = UUID(uuidString: row["id"]) else { return nil }
                    return SearchRecord(id: id, kiosk: row["kiosk"], time: Date(timeIntervalSince1970: row["time"]),
                                        query: row["query"], results: row["results"], opened: row["opened"],
                                        rank: row["rank"], previous: row["previous"])
                }
            }
        }
    }

    @discardableResult
    public func forgetSearches(before time: Date) throws(CaseStoreError) -> Int {
        try run {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM searches WHERE time < ?", arguments: [time.timeIntervalSince1970])
                return db.changesCount
            }
        }
    }
}
