import Foundation

/// One search a citizen made, as kept for the operators who keep `search.yaml` (`kiosk search report`): what was
/// typed when the citizen stopped typing (see `SearchPrivacy`), how many procedures it found, which one the
/// citizen opened (and at which place in the list) or none, and what they had searched just before in the same
/// visit. Nothing else: no receipt number, no person, the time to the hour.
public struct SearchRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var kiosk: String
    /// To the hour.
    public var time: Date
    public var query: String
    /// How many procedures it listed (0: none).
    public var results: Int
    /// The procedure opened from the results (its code), nil when the citizen left or searched again.
    public var opened: String?
    /// Its place in the list, from 1.
    public var rank: Int?
    /// The search before it in the same visit, when there was one.
    public var previous: String?

    public init(id: UUID = UUID(), kiosk: String, time: Date, query: String, results: Int, opened: String? = nil,
                rank: Int? = nil, previous: String? = nil) {
        self.id = id
        self.kiosk = kiosk
        self.time = Self.hour(of: time)
        self.query = query
        self.results = results
        self.opened = opened
        self.rank = rank
        self.previous = previous
    }

    /// The start of the hour: when a search was made is kept no closer than that.
    public static func hour(of time: Date) -> Date {
        Date(timeIntervalSince1970: (time.timeIntervalSince1970 / 3600).rounded(.down) * 3600)
    }

    public var openedSomething: Bool { opened != nil }
}

/// Where searches are kept: the case file of a kiosk alone, or, in a hall, the copy and the server.
public protocol SearchLog: Sendable {
    /// Keeps `search` unless one with its id is there already.
    func save(_ search: SearchRecord) throws(CaseStoreError)
    /// The searches from `start` up to (not including) `end`, oldest first.
    func searches(from start: Date, to end: Date) throws(CaseStoreError) -> [SearchRecord]
    /// Forgets searches older than `time`; how many went.
    @discardableResult
    func forgetSearches(before time: Date) throws(CaseStoreError) -> Int
}
