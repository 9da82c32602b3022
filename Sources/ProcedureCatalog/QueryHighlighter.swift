/// Finds the words of a displayed text that a query matches, so that screens can highlight them: the words
/// that match a query word, and the phrases a synonym in the query stands for ("cccd" lights "căn cước").
public struct QueryHighlighter: Sendable {
    let index: SearchIndex
    let matches: [QueryWordMatches]
    /// The synonym groups the query names, with how many of its words name each.
    let synonyms: [Int: Int]

    public var isEmpty: Bool { matches.isEmpty }

    /// Ranges of the words of `text` that some query word matches, or that stand in a phrase of a synonym the
    /// query names.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !matches.isEmpty else { return [] }
        let words = TextWords.ranges(in: text)
        // Folded as the index folds its words.
        let folded = words.map { range -> [UInt8] in
            var word = Array(VietnameseFolding.fold(String(text[range])).utf8)
            VietnameseFolding.unifyIY(&word)
            return word
        }
        var lit = folded.map { word -> Bool in
            guard let id = index.wordID(word) else { return false }
            return matches.contains { $0.kind(of: id) != .none }
        }
        // A phrase where the typed words stand as they were typed ("ket hon" in "Đăng ký kết hôn") shows them
        // alone: lighting the rest would show more than matched.
        let literal = lit
        for group in synonyms.keys {
            for phrase in index.phrases.triggers.occurrences(in: folded, of: [group])
            where phrase.filter({ literal[$0] }).count < synonyms[group, default: 0] {
                for position in phrase { lit[position] = true }
            }
        }
        return words.indices.filter { lit[$0] }.map { words[$0] }
    }
}
