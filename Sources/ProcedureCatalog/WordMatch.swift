/// How well a query word matches an indexed word. Higher is better; the raw values weigh the score.
enum WordMatch: UInt8, Comparable {
    case none = 0
    /// The query word occurs inside the word, not at its start.
    case infix = 2
    /// One typo away from a start of the word.
    case typoPrefix = 4
    /// One typo away from the whole word, or the word as Telex typing spells it.
    case typoWhole = 5
    /// A start of the word (as the citizen is typing it).
    case prefix = 7
    /// The whole word.
    case exact = 10
    /// A name citizens use for what the procedure holds (a synonym of search.yaml, its phrase whole): above the
    /// same words met one by one ("so do" is "sổ đỏ" before "thô sơ … đồ").
    case synonym = 12

    static func < (lhs: WordMatch, rhs: WordMatch) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where in a procedure a word stands. Names outrank keywords, which outrank other text.
enum TextTier: UInt32 {
    case other = 1
    case keyword = 2
    case name = 3

    var weight: Int {
        switch self {
        case .name: 4
        case .keyword: 2
        case .other: 1
        }
    }
}
