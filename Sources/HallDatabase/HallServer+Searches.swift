import CaseTracking
import Foundation
import PostgresNIO

/// The hall's searches on the server: kiosks add theirs (through the outbox), the office reads and forgets.
extension HallServer {
    static func insert(_ search: SearchRecord, _ connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO searches (id, kiosk, time, query, results, opened, rank, previous)
            VALUES (\(search.id), \(search.kiosk), \(search.time.timeIntervalSince1970), \(search.query),
                \(Int32(search.results)), \(search.opened), \(search.rank.map(Int32.init)), \(search.previous))
            ON CONFLICT (id) DO NOTHING
            """, logger: quiet)
    }

    /// The searches from `start` up to `end`, oldest first.
    public func searches(from start: Date, to end: Date, within seconds: TimeInterval? = nil) throws(HallError)
        -> [SearchRecord]
    {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            let rows = try await client.query("""
                SELECT id, kiosk, time, query, results, opened, rank, previous FROM searches
                WHERE time >= \(start.timeIntervalSince1970) AND time < \(end.timeIntervalSince1970) ORDER BY time, id
                """)
            var found: [SearchRecord] = []
            for try await (id, kiosk, time, query, results, opened, rank, previous)
                in rows.decode((UUID, String, Double, String, Int32, String?, Int32?, String?).self) {
                found.append(SearchRecord(id: id, kiosk: kiosk, time: Date(timeIntervalSince1970: time), query: query,
                                          results: Int(results), opened: opened, rank: rank.map(Int.init),
                                          previous: previous))
            }
            return found
        }
    }

    /// Forgets the hall's searches older than `time`; how many went.
    @discardableResult
    public func forgetSearches(before time: Date, within seconds: TimeInterval? = nil) throws(HallError) -> Int {
        try client.call(within: seconds ?? backgroundDeadline) { client in
            let rows = try await client.query(
                "DELETE FROM searches WHERE time < \(time.timeIntervalSince1970) RETURNING id").collect()
            return rows.count
        }
    }
}
