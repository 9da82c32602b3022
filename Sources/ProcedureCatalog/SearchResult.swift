/// What a search found: the procedures, best first, and which of the query's words they were found without.
public struct SearchResult: Sendable, Equatable {
    public var hits: [SearchHit]
    /// Positions among the query's words (`TextWords.ranges` of the query, in order) of the words the first
    /// result does not hold: everyday words ("làm"), and words no procedure holds together with the others.
    /// The screen says the results are for the other words.
    public var ignoredWords: [Int]

    public init(hits: [SearchHit], ignoredWords: [Int] = []) {
        self.hits = hits
        self.ignoredWords = ignoredWords
    }

    public static let nothing = SearchResult(hits: [])
}
