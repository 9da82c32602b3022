import Foundation

/// Where ratings are kept: the case database (a hall's PostgreSQL server, once the fleet issue lands).
public protocol RatingStore: Sendable {
    /// Writes `rating` unless one with its id is there already (a replayed write is a no-op); returns whether
    /// it was new. A case's rating takes the place of the case's earlier one: one rating per case.
    @discardableResult
    func save(_ rating: Rating) throws(CaseStoreError) -> Bool
    /// The ratings given from `start` up to (not including) `end`, oldest first.
    func ratings(from start: Date, to end: Date) throws(CaseStoreError) -> [Rating]
    /// How many quick ratings `kiosk` recorded since `start` (the stuffing limit).
    func quickRatings(kiosk: String, since start: Date) throws(CaseStoreError) -> Int
    /// The rating of the case with this receipt number, if it has one.
    func caseRating(_ receipt: ReceiptNumber) throws(CaseStoreError) -> Rating?
}
