import Foundation

/// Where ratings are kept: the case database (a hall's PostgreSQL server, once the fleet issue lands).
public protocol RatingStore: Sendable {
    /// Writes `rating` unless one with its id is there already (a replayed write is a no-op); returns whether
    /// it was new.
    @discardableResult
    func save(_ rating: Rating) throws(CaseStoreError) -> Bool
    /// The ratings given from `start` up to (not including) `end`, oldest first.
    func ratings(from start: Date, to end: Date) throws(CaseStoreError) -> [Rating]
    /// How many quick ratings `kiosk` recorded since `start` (the stuffing limit).
    func quickRatings(kiosk: String, since start: Date) throws(CaseStoreError) -> Int
}
