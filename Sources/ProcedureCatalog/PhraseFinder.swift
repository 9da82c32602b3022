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
        guard let candidates = byFirstWord[words[position]] else { return nil }
        for candidate in candidates where position + candidate.words.count <= words.count {
            if words[position ..< position + candidate.words.count].elementsEqual(candidate.words) {
                return (candidate.words.count, candidate.group)
            }
        }
        return nil
    }

    /// The groups of every phrase found anywhere in `words` (overlaps included), each once.
    func groups(in words: [[UInt8]]) -> Set<Int> {
        var found: Set<Int> = []
        for position in words.indices {
            guard let candidates = byFirstWord[words[position]] else { continue }
            for candidate in candidates where position + candidate.words.count <= words.count
                && words[position ..< position + candidate.words.count].elementsEqual(candidate.words) {
                found.insert(candidate.group)
            }
        }
        return found
    }

    /// Where phrases of `groups` stand in `words`, as ranges of word positions.
    func occurrences(in words: [[UInt8]], of groups: Set<Int>) -> [Range<Int>] {
        guard !groups.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        for position in words.indices {
            guard let candidates = byFirstWord[words[position]] else { continue }
            for candidate in candidates where groups.contains(candidate.group)
                && position + candidate.words.count <= words.count
                && words[position ..< position + candidate.words.count].elementsEqual(candidate.words) {
                ranges.append(position ..< position + candidate.words.count)
            }
        }
        return ranges
    }
}
