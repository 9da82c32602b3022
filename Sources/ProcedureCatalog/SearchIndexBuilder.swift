import Foundation

/// Collects the folded words of each procedure, then lays the index out in flat arrays.
struct SearchIndexBuilder {
    let phrases: SearchPhrases
    private var wordIDs: [[UInt8]: UInt32] = [:]
    private var words: [[UInt8]] = []
    /// Per procedure, `word << 2 | tier` with provisional word ids (in order of first sight).
    private var procedureWords: [[UInt32]] = []
    private var prior: [UInt16] = []
    /// Per procedure, the words of its names in order (provisional ids), the names apart by `nameBreak`.
    private var procedureNames: [[UInt32]] = []
    private var codes: [(key: [UInt8], procedure: Int)] = []

    init(phrases: SearchPhrases) {
        self.phrases = phrases
    }

    /// One procedure's folded words, each with the best tier it appears in, and its code keys. Folding is the
    /// costly part of building and needs nothing shared, so procedures are folded on all cores.
    struct FoldedProcedure {
        var words: [[UInt8]] = []
        var tiers: [TextTier] = []
        var codeKeys: [[UInt8]] = []
        /// The words of the Vietnamese name in order, an empty word, then those of the English name.
        var nameSequence: [[UInt8]] = []
        var prior: UInt16 = 0

        /// `synonyms`: the phrases that make a synonym group apply; a procedure holding one in its names,
        /// keywords or results holds the group's token there too.
        init(_ procedure: Procedure, fieldWords: [[UInt8]], agencyWords: [[UInt8]], synonyms: PhraseFinder) {
            procedure.name.both.forEach { collect($0, .name, synonyms: synonyms) }
            for (number, name) in procedure.name.both.enumerated() {
                if number > 0 { nameSequence.append([]) }
                VietnameseFolding.forEachWord(name) { nameSequence.append($0) }
            }
            procedure.keywords.forEach { $0.both.forEach { collect($0, .keyword, synonyms: synonyms) } }
            // The national part's digits find the procedure too: "001193" and "1001193".
            let digits = procedure.code.national.replacingOccurrences(of: ".", with: "")
            collect(digits, .keyword)
            collect(String(digits.dropFirst()), .keyword)
            for word in fieldWords { collect(word, .other) }
            for word in agencyWords { collect(word, .other) }
            procedure.results.forEach { $0.both.forEach { collect($0, .other, synonyms: synonyms) } }
            prior = UInt16(clamping: procedure.searchPrior)
            codeKeys = [Array(VietnameseFolding.fold(procedure.code.description).utf8), Array(digits.utf8)]
        }

        /// The folded words of a field's or agency's names, folded once for all its procedures.
        static func words(of name: LocalizedText?) -> [[UInt8]] {
            var words: [[UInt8]] = []
            name?.both.forEach { VietnameseFolding.forEachWord($0) { words.append($0) } }
            return words
        }

        private mutating func collect(_ text: String, _ tier: TextTier) {
            VietnameseFolding.forEachWord(text) { collect($0, tier) }
        }

        /// The text's words, and the token of each synonym group whose phrase the text holds, in the same tier:
        /// "Cấp giấy phép lái xe" is then found by "bằng lái" as if its name said so.
        private mutating func collect(_ text: String, _ tier: TextTier, synonyms: PhraseFinder) {
            guard !synonyms.isEmpty else { return collect(text, tier) }
            var sequence: [[UInt8]] = []
            VietnameseFolding.forEachWord(text) { word in
                collect(word, tier)
                sequence.append(word)
            }
            for group in synonyms.groups(in: sequence).sorted() { collect(SearchPhrases.token(of: group), tier) }
        }

        private mutating func collect(_ word: [UInt8], _ tier: TextTier) {
            // A procedure has a few dozen distinct words: a scan beats hashing them.
            if let seen = words.firstIndex(of: word) {
                if tiers[seen].rawValue < tier.rawValue { tiers[seen] = tier }
            } else {
                words.append(word)
                tiers.append(tier)
            }
        }
    }

    mutating func add(_ folded: FoldedProcedure) {
        let number = procedureWords.count
        var entries: [UInt32] = []
        entries.reserveCapacity(folded.words.count)
        for (word, tier) in zip(folded.words, folded.tiers) {
            entries.append(intern(word) << 2 | tier.rawValue)
        }
        procedureWords.append(entries)
        procedureNames.append(folded.nameSequence.map { $0.isEmpty ? SearchIndex.nameBreak : intern($0) })
        prior.append(folded.prior)
        for key in folded.codeKeys { codes.append((key, number)) }
    }

    private mutating func intern(_ word: [UInt8]) -> UInt32 {
        if let id = wordIDs[word] { return id }
        let id = UInt32(words.count)
        wordIDs[word] = id
        words.append(word)
        return id
    }

    /// Sorts the vocabulary, renumbers words in sorted order, and builds both directions of the index.
    func build() -> SearchIndex {
        let order = words.indices.sorted { words[$0].lexicographicallyPrecedes(words[$1]) }
        var renumber = [UInt32](repeating: 0, count: words.count)
        for (sortedID, oldID) in order.enumerated() { renumber[oldID] = UInt32(sortedID) }
        let vocabulary = order.map { words[$0] }

        var docWordStart = [0]
        docWordStart.reserveCapacity(procedureWords.count + 1)
        var docWords: [UInt32] = []
        var postingCounts = [Int](repeating: 0, count: vocabulary.count)
        for entries in procedureWords {
            for entry in entries {
                let word = renumber[Int(entry >> 2)]
                docWords.append(word << 2 | entry & 3)
                postingCounts[Int(word)] += 1
            }
            docWordStart.append(docWords.count)
        }
        var postingStart = [0]
        postingStart.reserveCapacity(vocabulary.count + 1)
        for count in postingCounts { postingStart.append(postingStart.last! + count) }
        var fill = Array(postingStart.dropLast())
        var postings = [UInt32](repeating: 0, count: postingStart.last!)
        for procedure in procedureWords.indices {
            for entry in docWords[docWordStart[procedure] ..< docWordStart[procedure + 1]] {
                let word = Int(entry >> 2)
                postings[fill[word]] = UInt32(procedure) << 2 | entry & 3
                fill[word] += 1
            }
        }
        var nameWordStart = [0]
        nameWordStart.reserveCapacity(procedureNames.count + 1)
        var nameWords: [UInt32] = []
        for name in procedureNames {
            for word in name { nameWords.append(word == SearchIndex.nameBreak ? word : renumber[Int(word)]) }
            nameWordStart.append(nameWords.count)
        }
        let sortedCodes = codes.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        return SearchIndex(
            vocabulary: vocabulary, postingStart: postingStart, postings: postings, docWordStart: docWordStart,
            docWords: docWords, nameWordStart: nameWordStart, nameWords: nameWords, prior: prior, codes: sortedCodes,
            phrases: phrases
        )
    }
}
