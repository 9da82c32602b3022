import Foundation

/// Every indexed word one query word matches, and how well: the whole word, a start of it, within one typo
/// (words of 4 or more letters), as Telex typing, or inside it (4 or more letters; typos and infixes only for a
/// word that starts no indexed word, infixes only when no typo matched either).
struct QueryWordMatches {
    /// Match kind per word id; `.none` for most.
    private var kinds: [WordMatch]
    /// The word ids with a match, for walking their postings.
    private(set) var words: [Int] = []
    /// How many postings the matched words have: the cost of taking this word's candidates.
    private(set) var postingCount = 0
    /// The best kind of match this word makes anywhere: bounds the score any procedure can get from it.
    private(set) var best: WordMatch = .none
    /// How much the word counts, 2 to 6: a word few procedures hold says more about which one is meant than
    /// "cấp" or "thủ tục", which thousands hold (about 1 + log₂ of how rare it is, halved).
    private(set) var weight = 2
    /// The query word as typed (folded), and the synonym token it also matches: what its matches follow from, in
    /// a given index (the key of its kept score table).
    private(set) var key: [UInt8]
    /// The word when it is a single letter or digit, nothing else: its scores are tabulated once, at load.
    private(set) var letter: UInt8?
    /// An optional everyday word ("làm", "cấp"): a procedure need not hold it; among those the other words
    /// place alike, one whose name holds it next to them comes first.
    var isOptional = false

    /// `token`: the word id of the synonym group the query word's phrase names ("so do", "cccd"), which the
    /// procedures the group applies to hold; the word matches it whole.
    init(word: String, in index: SearchIndex, token: Int? = nil) {
        kinds = [WordMatch](repeating: .none, count: index.vocabularySize)
        let bytes = Array(word.utf8)
        key = token.map { bytes + [0] + Array(String($0).utf8) } ?? bytes
        letter = bytes.count == 1 && token == nil ? bytes[0] : nil
        mark(bytes, in: index, demoted: false)
        if let token { upgrade(token, to: .synonym) }
        // "quy" is indexed as "qui", but is also how "quyền" starts.
        if let ySpelling = VietnameseFolding.ySpelling(of: bytes) {
            for id in index.prefixRange(ySpelling) { upgrade(id, to: .prefix) }
        }
        if let telex = TelexInput.folded(word) {
            mark(Array(telex.utf8), in: index, demoted: true)
        }
        for id in words {
            postingCount += index.postingStart[id + 1] - index.postingStart[id]
        }
        weight = Self.weight(holding: postingCount, of: index.procedureCount)
    }

    /// The same word, matching only the indexed words it matches at least so well: `.exact` for a word typed
    /// whole, `.prefix` for one being typed (no typos, no infixes). Its weight stays the word's own.
    func matching(atLeast least: WordMatch, in index: SearchIndex) -> QueryWordMatches {
        var only = self
        only.words = words.filter { kinds[$0] >= least }
        guard only.words.count < words.count else { return only }
        for id in words where kinds[id] < least { only.kinds[id] = .none }
        only.postingCount = only.words.reduce(0) { $0 + index.postingStart[$1 + 1] - index.postingStart[$1] }
        only.best = only.words.map { kinds[$0] }.max() ?? .none
        // Other matches than the word's own: its kept score table and its one-letter table do not apply.
        only.key = key + [0xFF, least.rawValue]
        only.letter = nil
        return only
    }

    static func weight(holding count: Int, of total: Int) -> Int {
        guard count > 0, total > count else { return 2 }
        let rarity = Double(total) / Double(count)
        return min(6, 2 + Int(log2(rarity) / 2))
    }

    @inline(__always)
    func kind(of word: Int) -> WordMatch { kinds[word] }

    private mutating func mark(_ query: [UInt8], in index: SearchIndex, demoted: Bool) {
        // A reading through Telex is a guess: it ranks below what was typed literally.
        let exact: WordMatch = demoted ? .typoWhole : .exact
        let prefix: WordMatch = demoted ? .typoPrefix : .prefix
        let literal = index.prefixRange(query)
        for id in literal {
            upgrade(id, to: index.vocabulary[id].count == query.count ? exact : prefix)
        }
        // Numbers are codes: a digit off is another procedure, not a typo.
        let hasLetter = query.contains { !(0x30...0x39).contains($0) }
        let tolerant = hasLetter && query.count >= 4
        let infix = hasLetter && query.count >= 4
        // Typos and infixes are the fallback for a word that starts no indexed word.
        guard tolerant || infix, !demoted, literal.isEmpty else { return }
        if tolerant { markTypos(query, in: index) }
        // Infixes need a scan of the whole vocabulary: the last resort, when nothing else matched.
        guard infix, words.isEmpty else { return }
        for (id, candidate) in index.vocabulary.enumerated()
        where candidate.count > query.count && Self.contains(candidate, query) {
            upgrade(id, to: .infix)
        }
    }

    /// Words within one edit of the query, or whose start is. Such a word begins with one of a few two-letter
    /// starts (the query's own, or one edit away from it), so only those ranges of the sorted vocabulary are
    /// checked, not all of it.
    private mutating func markTypos(_ query: [UInt8], in index: SearchIndex) {
        for start in Self.typoStarts(query) {
            for id in index.prefixRange(start) where kinds[id] < .prefix {
                let candidate = index.vocabulary[id]
                if EditDistance.withinOne(query[...], candidate[...]) {
                    upgrade(id, to: .typoWhole)
                } else if candidate.count >= query.count - 1, EditDistance.withinOneOfPrefix(query, candidate) {
                    upgrade(id, to: .typoPrefix)
                }
            }
        }
    }

    /// The two-byte starts a word within one edit of `query` (a 4+ byte word) can have: its own, with the first
    /// or second byte deleted, the two swapped, or any letter or digit inserted before or substituted for one.
    static func typoStarts(_ query: [UInt8]) -> Set<[UInt8]> {
        let (a, b, c) = (query[0], query[1], query[2])
        var starts: Set<[UInt8]> = [[a, b], [b, c], [a, c], [b, a]]
        for letter in Self.alphabet {
            starts.insert([letter, a])  // inserted before the first
            starts.insert([a, letter])  // inserted second, or substituted for the second
            starts.insert([letter, b])  // substituted for the first
        }
        return starts
    }

    static let alphabet: [UInt8] = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)

    private mutating func upgrade(_ id: Int, to kind: WordMatch) {
        if kinds[id] == .none { words.append(id) }
        if kinds[id] < kind { kinds[id] = kind }
        if best < kind { best = kind }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var start = 1  // a match at 0 is a prefix, already found
        while start + needle.count <= haystack.count {
            if haystack[start] == first, haystack[start ..< start + needle.count].elementsEqual(needle) {
                return true
            }
            start += 1
        }
        return false
    }
}
