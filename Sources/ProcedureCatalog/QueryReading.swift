/// A query's words as search reads them: folded, and for each whether it is part of a name citizens use for a
/// synonym group ("so do", "cccd": the group's procedures match it) or an everyday word, left out ("ở đâu",
/// "how to") or optional ("làm", "cấp"). A synonym is read first, so "thẻ căn cước" is a name, not "the" and two
/// words.
struct QueryReading {
    let words: [String]
    /// The synonym group each word's phrase names, if any.
    private(set) var groups: [Int?]
    /// Whether each word is an everyday word, and which kind (`SearchPhrases.ignoredGroup`, `.optionalGroup`).
    private(set) var everyday: [Int?]

    init(_ query: String, phrases: SearchPhrases, limit: Int) {
        words = Array(VietnameseFolding.words(query).prefix(limit))
        groups = Array(repeating: nil, count: words.count)
        everyday = Array(repeating: nil, count: words.count)
        let bytes = words.map { Array($0.utf8) }
        var position = 0
        while position < bytes.count {
            if let found = phrases.spoken.longest(in: bytes, at: position) {
                for covered in position ..< position + found.length { groups[covered] = found.group }
                position += found.length
            } else if let found = phrases.everyday.longest(in: bytes, at: position) {
                for covered in position ..< position + found.length { everyday[covered] = found.group }
                position += found.length
            } else {
                position += 1
            }
        }
    }

    /// Whether every word is an everyday word: then they are what the citizen is looking for.
    var isOnlyEveryday: Bool { !everyday.contains(nil) }

    /// Whether the word at `position` is left out of the search.
    func isIgnored(_ position: Int) -> Bool { everyday[position] == SearchPhrases.ignoredGroup && !isOnlyEveryday }

    /// Whether the word at `position` need not be held.
    func isOptional(_ position: Int) -> Bool { everyday[position] == SearchPhrases.optionalGroup && !isOnlyEveryday }
}
