import ProcedureCatalog

/// Queries made from the catalog's real names the way citizens type them, each knowing the procedure it came
/// from: the search-quality table's query set. The same seed gives the same queries.
struct QualityQueries {
    enum Kind: String, CaseIterable {
        /// The name from its start, stopped half-way through a word: "cap giay phep kinh do".
        case start = "a name from its start, cut inside a word"
        /// Two or three of its rarest words, shuffled, as written: "hòa giải chi nhánh".
        case words = "2–3 distinctive words, any order, with diacritics"
        /// The same without diacritics: "hoa giai chi nhanh".
        case wordsFolded = "2–3 distinctive words, any order, no diacritics"
        /// Those words with one typo in the longest: "hoa giia chi nhanh".
        case typo = "the same with one typo"
        /// The national code: "1.001193".
        case code = "the national code"
        /// How citizens ask at a desk, written by hand with what each means (the test's set).
        case phrasing = "citizen phrasings, both languages (the test set)"
    }

    struct Query {
        var kind: Kind
        var text: String
        /// The position in the catalog of the procedure it came from.
        var intended: Int
        /// Every procedure whose name holds each word of the query (the last as a prefix): the ones a perfect
        /// ranking puts first.
        var matching: [Int]
        /// Other procedures that are as right (a phrasing may mean any of a few).
        var acceptable: Set<Int> = []

        /// Whether a result is what the query means.
        func isMeant(_ position: Int, _ names: [String]) -> Bool {
            acceptable.contains(position) || names[position] == names[intended]
        }
    }

    /// The test's citizen phrasings: each line a phrasing, a tab, the national codes any of which is meant.
    static let phrasingsFile = "Tests/ProcedureCatalogTests/Resources/citizen-phrasings.tsv"

    static func readPhrasings(_ path: String = phrasingsFile) -> [(text: String, codes: Set<String>)] {
        let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n") ?? []
        return lines.filter { !$0.hasPrefix("#") }.compactMap { line in
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), Set(parts[1].split(separator: ",").map(String.init)))
        }
    }

    let queries: [Query]

    /// The same seed gives the same queries on every machine.
    init(names: [String], codes: [String], perKind: Int, phrasings: [(text: String, codes: Set<String>)] = [],
         seed: UInt64 = 15) {
        var random = SplitMix64(seed: seed)
        let folded = names.map { VietnameseFolding.words($0) }
        let written = names.map(Self.writtenWords)
        var frequency: [String: Int] = [:]
        for words in folded { for word in Set(words) { frequency[word, default: 0] += 1 } }
        var queries: [Query] = []
        // By code before shuffling: the same queries whatever order the catalog lists its procedures in.
        let order = random.shuffled(names.indices.sorted { (codes[$0], $0) < (codes[$1], $1) })
        for kind in Kind.allCases where kind != .phrasing {
            var made = 0
            for position in order where made < perKind {
                guard let text = Self.make(kind, folded[position], written[position], codes[position], frequency,
                                           &random)
                else { continue }
                queries.append(Query(kind: kind, text: text, intended: position,
                                     matching: kind == .code ? [position] : Self.matching(text, folded)))
                made += 1
            }
        }
        for phrasing in phrasings {
            let meant = Set(codes.indices.filter { phrasing.codes.contains(codes[$0]) })
            guard let intended = meant.min() else { continue }
            queries.append(Query(kind: .phrasing, text: phrasing.text, intended: intended, matching: [],
                                 acceptable: meant))
        }
        self.queries = queries
    }

    /// The words of a name as written (with diacritics, lower-cased): folding keeps word boundaries the same.
    private static func writtenWords(_ name: String) -> [String] {
        name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private static func make(_ kind: Kind, _ folded: [String], _ written: [String], _ code: String,
                             _ frequency: [String: Int], _ random: inout SplitMix64) -> String? {
        switch kind {
        case .phrasing:
            return nil  // written by hand, not made from a name
        case .start:
            guard folded.count >= 3 else { return nil }
            let cut = 1 + random.below(min(5, folded.count - 1))
            let word = folded[cut]
            guard word.count >= 2 else { return nil }
            let half = String(word.prefix(max(1, word.count / 2)))
            return (folded[..<cut] + [half]).joined(separator: " ")
        case .words, .wordsFolded, .typo:
            guard folded.count == written.count, folded.count >= 3 else { return nil }
            // The rarest words, ties to the first: what a citizen remembers of a name.
            var seen: Set<String> = []
            let ranked = folded.indices.filter { folded[$0].count >= 2 && seen.insert(folded[$0]).inserted }
                .sorted { (frequency[folded[$0]] ?? 0, $0) < (frequency[folded[$1]] ?? 0, $1) }
            let count = 2 + random.below(2)
            guard ranked.count >= count else { return nil }
            let picked = random.shuffled(Array(ranked.prefix(count)))
            if kind == .words { return picked.map { written[$0] }.joined(separator: " ") }
            var words = picked.map { folded[$0] }
            if kind == .typo {
                guard let longest = words.indices.max(by: { words[$0].count < words[$1].count }),
                      words[longest].count >= 4
                else { return nil }
                words[longest] = typo(words[longest], &random)
            }
            return words.joined(separator: " ")
        case .code:
            return code
        }
    }

    /// One slip of the finger: two letters swapped, one dropped, or one doubled, away from the first letter.
    private static func typo(_ word: String, _ random: inout SplitMix64) -> String {
        var letters = Array(word)
        let at = 1 + random.below(letters.count - 2)
        switch random.below(3) {
        case 0: letters.swapAt(at, at + 1)
        case 1: letters.remove(at: at)
        default: letters.insert(letters[at], at: at)
        }
        return String(letters)
    }

    /// The names holding every query word, whole, and the last as the start of a word (as typed so far).
    private static func matching(_ text: String, _ folded: [[String]]) -> [Int] {
        let words = VietnameseFolding.words(text)
        guard let last = words.last else { return [] }
        let whole = Set(words.dropLast())
        return folded.indices.filter { position in
            let name = folded[position]
            return whole.isSubset(of: name) && name.contains { $0.hasPrefix(last) }
        }
    }
}
