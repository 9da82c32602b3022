/// Finds the words of a displayed text that a query matches, so that screens can highlight them.
public struct QueryHighlighter: Sendable {
    let index: SearchIndex
    let matches: [QueryWordMatches]

    public var isEmpty: Bool { matches.isEmpty }

    /// Ranges of the words of `text` that some query word matches.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !matches.isEmpty else { return [] }
        return TextWords.ranges(in: text).filter { range in
            var folded = Array(VietnameseFolding.fold(String(text[range])).utf8)
            VietnameseFolding.unifyIY(&folded)
            guard let id = index.wordID(folded) else { return false }
            return matches.contains { $0.kind(of: id) != .none }
        }
    }
}
