/// Finds phrases (sequences of folded words) in a sequence of folded words: the synonyms of `search.yaml` in a
/// procedure's texts while indexing, and in a query while reading it; everyday phrases in a query.
struct PhraseFinder: Sendable {
    typealias Phrase = [[UInt8]]

    /// Phrases by their first word, longest first, each with its group.
    private let byFirstWord: [[UInt8]: [(words: Phrase, group: Int)]]

    init(_ phrases: [(words: Phrase, group: Int)]) {
        var byFirstWord: [[UInt8]: [(words: Phrase, group: Int)]] = [:]
        for phrase in phrases where !phrase.words.isEmpty {
            byFirstWord[phrase.words[0], default: []].append(phrase)
        }
        self.byFirstWord = byFirstWord.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    var isEmpty: Bool { byFirstWord.isEmpty }

    /// The longest phrase that starts at `position`: how many words it takes, and its group.
    func longest(in words: [[UInt8]], at position: Int) -> (length: Int, group: Int)? {
        standing(in: words, at: position).first.map { ($0.words.count, $0.group) }
    }

    /// The groups of every phrase found anywhere in `words` (overlaps included), each once.
    func groups(in words: [[UInt8]]) -> Set<Int> {
        Set(words.indices.flatMap { standing(in: words, at: $0).map(\.group) })
    }

    /// Where phrases of `groups` stand in `words`, as ranges of word positions.
    func occurrences(in words: [[UInt8]], of groups: Set<Int>) -> [Range<Int>] {
        guard !groups.isEmpty else { return [] }
        return words.indices.flatMap { position in
            standing(in: words, at: position).filter { groups.contains($0.group) }
                .map { position ..< position + $0.words.count }
        }
    }

    /// The phrases that stand in `words` from `position` on, longest first.
    private func standing(in words: [[UInt8]], at position: Int) -> [(words: Phrase, group: Int)] {
        guard let candidates = byFirstWord[words[position]] else { return [] }
        return candidates.filter { candidate in
            position + candidate.words.count <= words.count
                && words[position ..< position + candidate.words.count].elementsEqual(candidate.words)
        }
    }
}
