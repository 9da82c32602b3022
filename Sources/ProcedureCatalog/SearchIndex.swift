import Foundation

/// The search index over a catalog: built once at load, queried on every keystroke.
///
/// Words of every procedure (folded) form a sorted vocabulary, so that all words starting with what the citizen
/// has typed are one contiguous range of word ids. An inverted index (word → procedures) finds the candidates of
/// the rarest query word; a forward index (procedure → words) then checks and scores the other query words
/// against each candidate, so work is bounded by the rarest word, not the commonest.
public struct SearchIndex: Sendable {
    /// Sorted folded words (UTF-8 bytes, bytewise order).
    let vocabulary: [[UInt8]]
    /// Postings of word `w`: `postings[postingStart[w] ..< postingStart[w + 1]]`, each `procedure << 2 | tier`.
    let postingStart: [Int]
    let postings: [UInt32]
    /// Words of procedure `p`: `docWords[docWordStart[p] ..< docWordStart[p + 1]]`, each `word << 2 | tier`.
    let docWordStart: [Int]
    let docWords: [UInt32]
    /// Words of procedure `p`'s names in order: `nameWords[nameWordStart[p] ..< nameWordStart[p + 1]]`, the
    /// Vietnamese name, `nameBreak`, the English. For ranking words typed in a name's order.
    let nameWordStart: [Int]
    let nameWords: [UInt32]
    /// Between a procedure's two names in `nameWords`.
    static let nameBreak = UInt32.max
    /// The procedures one of whose names begins with word `w`, in catalog order:
    /// `nameStarts[nameStartOf[w] ..< nameStartOf[w + 1]]`. Made at load from `nameWords` (a name typed from its
    /// start finds the names beginning so, however many others hold the same words elsewhere).
    let nameStartOf: [Int]
    let nameStarts: [UInt32]
    /// Each procedure's `searchPrior`: breaks ties between equal matches.
    let prior: [UInt16]
    /// The catalog's `search.yaml`, folded: synonyms and everyday words.
    let phrases: SearchPhrases
    /// The word id of each synonym group's token (nil: the group applies to no procedure).
    let groupTokens: [Int?]
    /// Folded codes (full code, and the national part without its dot) to procedure, sorted by key.
    let codes: [(key: [UInt8], procedure: Int)]
    /// The procedure of each entry of `codes`, flat: marking a long range of them touches no key.
    let codeProcedures: [UInt32]
    /// The results of every one-letter query, ranked once at build: on the first keystroke every procedure
    /// matches, and ranking a whole national catalog then costs more than a keystroke may.
    private(set) var firstLetters: [UInt8: [SearchHit]] = [:]
    /// The best score of every one-letter query word in each procedure (see `bestScores(of:)`), taken at load:
    /// the last word of a query is one letter at every word's first keystroke ("ho kinh d"), and walking the
    /// postings of every word it starts costs more than the rest of the search.
    var letterScores: [UInt8: [UInt8]] = [:]
    /// The tables of the last keystrokes' words; nil: none kept (tests compare both ways).
    var recentTables: RecentScoreTables? = RecentScoreTables()
    /// Whether procedures come by prior, highest first (the catalog's order): search may then stop early.
    var priorDescending = false
    /// Candidates scored word by word before the query words' scores are tabulated from their postings; nil:
    /// when checking has cost as much as tabulating would (tests fix it: both ways must rank alike).
    var candidatesBeforeTables: Int?

    /// A match's score is worth this many priors: the prior only breaks ties between equal matches.
    static let priorScale = 1024


    /// How many results a first letter keeps: as many as the kiosk lists.
    static let firstLetterLimit = 500

    /// Procedures folded at once when the index is built: enough to keep both cores busy, few enough that the
    /// folded words never pile up.
    static let foldingChunk = 1_024

    /// Query words beyond this many are ignored: nobody types more, and it bounds the work.
    static let maxQueryWords = 8

    public var procedureCount: Int { prior.count }
    public var vocabularySize: Int { vocabulary.count }

    public init(catalog: Catalog) {
        let procedures = catalog.procedures
        typealias Folded = SearchIndexBuilder.FoldedProcedure
        let fieldWords = Dictionary(catalog.fields.map { ($0.id, Folded.words(of: $0.name)) }) { first, _ in first }
        let agencyWords = Dictionary(catalog.agencies.map { ($0.id, Folded.words(of: $0.name)) }) { first, _ in first }
        let phrases = SearchPhrases(catalog.searchWords)
        var builder = SearchIndexBuilder(phrases: phrases)
        // Folded on all cores, a chunk at a time: the folded words of a whole national catalog are never held at
        // once, only the index they become.
        for start in stride(from: 0, to: procedures.count, by: Self.foldingChunk) {
            let chunk = procedures[start ..< min(start + Self.foldingChunk, procedures.count)]
            let folded = ConcurrentResults<Folded>(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { offset in
                let procedure = chunk[chunk.startIndex + offset]
                // An agency the catalog does not list is found by the name the national list gives it.
                let agency = procedure.agency.flatMap { agencyWords[$0] }
                    ?? Folded.words(of: procedure.listing.handledBy)
                folded.set(offset, Folded(procedure, fieldWords: fieldWords[procedure.field] ?? [],
                                          agencyWords: agency, synonyms: phrases.triggers))
            }
            for procedure in folded.values { builder.add(procedure) }
        }
        self = builder.build()
    }

    init(
        vocabulary: [[UInt8]], postingStart: [Int], postings: [UInt32], docWordStart: [Int], docWords: [UInt32],
        nameWordStart: [Int], nameWords: [UInt32], prior: [UInt16], codes: [(key: [UInt8], procedure: Int)],
        phrases: SearchPhrases, firstLetters: [UInt8: [SearchHit]]? = nil
    ) {
        self.vocabulary = vocabulary
        self.postingStart = postingStart
        self.postings = postings
        self.docWordStart = docWordStart
        self.docWords = docWords
        self.nameWordStart = nameWordStart
        self.nameWords = nameWords
        (nameStartOf, nameStarts) = Self.nameStarts(nameWordStart, nameWords, vocabularySize: vocabulary.count)
        self.prior = prior
        self.codes = codes
        self.phrases = phrases
        codeProcedures = codes.map { UInt32($0.procedure) }
        groupTokens = phrases.words.synonyms.indices.map { group in
            Self.wordID(SearchPhrases.token(of: group), in: vocabulary)
        }
        priorDescending = zip(prior, prior.dropFirst()).allSatisfy { $0 >= $1 }
        var firsts: Set<UInt8> = []
        // Letters and digits: what a query's first keystroke can be (not a synonym's token).
        for word in vocabulary where !word.isEmpty && word[0] < 0x80 && Self.isLetterOrDigit(word[0]) {
            firsts.insert(word[0])
        }
        letterScores = tabulateLetters(firsts)
        if let precomputed = firstLetters {
            self.firstLetters = precomputed
            return
        }
        var ranked: [UInt8: [SearchHit]] = [:]
        for byte in firsts {
            ranked[byte] = search(String(UnicodeScalar(byte)), limit: Self.firstLetterLimit)
        }
        self.firstLetters = ranked
    }

    /// The synonym groups of search.yaml that apply to no procedure here (no procedure holds their phrase):
    /// what citizens type with them finds nothing through them. `kiosk validate` warns of them.
    public var unusedSynonymGroups: [SynonymGroup] {
        groupTokens.indices.filter { groupTokens[$0] == nil }.map { phrases.words.synonyms[$0] }
    }

    /// The first word of each name, inverted: word → the procedures a name of which begins with it.
    static func nameStarts(_ start: [Int], _ words: [UInt32], vocabularySize: Int) -> ([Int], [UInt32]) {
        var firsts: [(word: UInt32, procedure: UInt32)] = []
        firsts.reserveCapacity(max(0, start.count - 1) * 2)
        for procedure in 0 ..< max(0, start.count - 1) {
            var atStart = true
            for word in words[start[procedure] ..< start[procedure + 1]] {
                if word == nameBreak {
                    atStart = true
                } else if atStart {
                    // Both names may begin with the same word: the procedure once.
                    if firsts.last.map({ $0 != (word, UInt32(procedure)) }) ?? true {
                        firsts.append((word, UInt32(procedure)))
                    }
                    atStart = false
                }
            }
        }
        var count = [Int](repeating: 0, count: vocabularySize + 1)
        for first in firsts where Int(first.word) < vocabularySize { count[Int(first.word) + 1] += 1 }
        for word in 0 ..< vocabularySize { count[word + 1] += count[word] }
        var next = count
        var procedures = [UInt32](repeating: 0, count: count[vocabularySize])
        // In procedure order already: each word's list comes out in catalog order.
        for first in firsts where Int(first.word) < vocabularySize {
            procedures[next[Int(first.word)]] = first.procedure
            next[Int(first.word)] += 1
        }
        return (count, procedures)
    }

    /// The best procedures for what the citizen typed, best first (see `find`).
    public func search(_ query: String, limit: Int = 20) -> [SearchHit] {
        find(query, limit: limit).hits
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Among equal matches, a name that begins with what was typed, word by word in the typed order, comes first
    /// ("cap lai giay phep lai" finds "Cấp lại giấy phép lái xe" before names holding those words elsewhere);
    /// then the prior. The set of results is what the match and the prior chose; only the order among equals
    /// changes. (Words merely in the typed order inside a name are no sign: citizens give words in any order.)
    /// `typed`: every word as typed, everyday ones too, when they differ from `matches`.
    func ordered(_ hits: [SearchHit], _ matches: [QueryWordMatches], typed: [QueryWordMatches]? = nil) -> [SearchHit] {
        // Everyday words ("làm", "xin") are not how a name begins; one next to the matched words in a name
        // ("xin cấp hộ chiếu": "Cấp hộ chiếu"; "lam nghiep": "lâm nghiệp") then orders equals.
        let (required, optional) = (matches.filter { !$0.isOptional }, matches.filter(\.isOptional))
        return hits.map { hit in
            let match = hit.score / Self.priorScale
            let beginsTyped = typed.map { nameBegins(hit.procedure, with: $0) } ?? false
            let begins = beginsTyped ? 2 : nameBegins(hit.procedure, with: required) ? 1 : 0
            let beside = optional.isEmpty ? 0 : besideMatched(hit.procedure, optional, required)
            let placed = (match * 3 + begins) * (Self.maxQueryWords + 1) + beside
            return SearchHit(procedure: hit.procedure, score: placed * Self.priorScale + Int(prior[hit.procedure]))
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.procedure < $1.procedure }
    }

    /// How many of the optional words a name of the procedure holds right beside a word of the others.
    func besideMatched(_ procedure: Int, _ optional: [QueryWordMatches], _ required: [QueryWordMatches]) -> Int {
        let name = nameWords[nameWordStart[procedure] ..< nameWordStart[procedure + 1]]
        func isRequired(_ position: Int) -> Bool {
            name.indices.contains(position) && name[position] != Self.nameBreak
                && required.contains { $0.kind(of: Int(name[position])) != .none }
        }
        return optional.filter { match in
            name.indices.contains { position in
                name[position] != Self.nameBreak && match.kind(of: Int(name[position])) != .none
                    && (isRequired(position - 1) || isRequired(position + 1))
            }
        }.count
    }

    /// Whether one of the procedure's names begins with the query's words, in order.
    func nameBegins(_ procedure: Int, with matches: [QueryWordMatches]) -> Bool {
        let end = nameWordStart[procedure + 1]
        var start = nameWordStart[procedure]
        while start < end {
            var position = start
            var fits = true
            for match in matches {
                guard position < end, nameWords[position] != Self.nameBreak,
                      match.kind(of: Int(nameWords[position])) != .none
                else {
                    fits = false
                    break
                }
                position += 1
            }
            if fits { return true }
            // The next name, after the break.
            guard let next = nameWords[start ..< end].firstIndex(of: Self.nameBreak) else { return false }
            start = next + 1
        }
        return false
    }

    /// The best procedures holding every word that is not optional (optional words only order them, in
    /// `ordered`), or none.
    func rank(_ matches: [QueryWordMatches], limit: Int) -> [SearchHit] {
        let matches = matches.filter { !$0.isOptional }
        guard let rarest = matches.indices.min(by: { matches[$0].postingCount < matches[$1].postingCount }),
              matches[rarest].postingCount > 0 else {
            return []
        }
        return priorDescending
            ? rankByPopularity(matches, rarest: rarest, limit: limit)
            : rankAll(matches, rarest: rarest, limit: limit)
    }

    /// Every procedure the rarest word is in, scored (catalogs not ordered by prior).
    private func rankAll(_ matches: [QueryWordMatches], rarest: Int, limit: Int) -> [SearchHit] {
        var top = TopHits(limit: limit)
        let rarestScores = bestScores(of: matches[rarest])
        for candidate in 0 ..< procedureCount where rarestScores[candidate] > 0 {
            if let score = score(candidate, matches) {
                top.offer(SearchHit(procedure: candidate, score: score * Self.priorScale + Int(prior[candidate])))
            }
        }
        return top.sorted()
    }

    /// Candidates in catalog order, which is by prior: once the results are full and even the best match
    /// with this candidate's prior could not enter them, no later candidate can either. Short prefixes that
    /// match most of a national catalog stop after a few hundred candidates instead of scoring them all.
    private func rankByPopularity(_ matches: [QueryWordMatches], rarest rarestIndex: Int, limit: Int) -> [SearchHit] {
        var top = TopHits(limit: limit)
        let rarest = matches[rarestIndex]
        let bound = Self.bestPossibleScore(matches) * Self.priorScale
        var others = matches
        others.remove(at: rarestIndex)
        // Each candidate is first checked on its own words. When the rarest word is in much of the catalog (a
        // short prefix), candidates are simply the catalog in order, and the stop comes after a few hundred.
        // When the stop does not come soon (several words, each in many procedures, few matching best), the
        // words' best scores are instead taken once from their postings: each further candidate then costs one
        // look-up a word. The switch comes once checking has cost what tabulating costs, so that neither way
        // costs more than twice the better one.
        let dense = rarest.postingCount >= procedureCount / 4
        let rarestScores: [UInt8]? = dense && !hasTable(rarest) ? nil : bestScores(of: rarest)
        let switchAt = candidatesBeforeTables ?? tablesPayOff(rarest, others, rarestTabulated: rarestScores != nil)
        var examined = 0
        var candidate = 0
        while candidate < procedureCount && examined < switchAt {
            defer { candidate += 1 }
            if let rarestScores, rarestScores[candidate] == 0 { continue }
            if top.isFull, let lowest = top.lowestScore, bound + Int(prior[candidate]) <= lowest { return top.sorted() }
            examined += 1
            let total = if let rarestScores {
                score(candidate, others).map { Int(rarestScores[candidate]) * rarest.weight + $0 }
            } else {
                score(candidate, matches)
            }
            if let total { top.offer(SearchHit(procedure: candidate, score: total * Self.priorScale + Int(prior[candidate]))) }
        }
        if candidate < procedureCount {
            let tables = [rarestScores ?? bestScores(of: rarest)] + others.map(bestScores(of:))
            scanTabulated(from: candidate, tables, weights: [rarest.weight] + others.map(\.weight), bound: bound,
                          into: &top)
        }
        return top.sorted()
    }

    /// The remaining candidates once every query word is tabulated (the rarest first): a look-up a word each,
    /// in flat buffers, as this loop runs over much of a national catalog when few procedures match best.
    private func scanTabulated(from start: Int, _ tables: [[UInt8]], weights: [Int], bound: Int,
                               into top: inout TopHits) {
        let count = procedureCount
        var flat: [UInt8] = []
        flat.reserveCapacity(count * tables.count)
        for table in tables { flat.append(contentsOf: table) }
        flat.withUnsafeBufferPointer { flat in
            prior.withUnsafeBufferPointer { prior in
                weights.withUnsafeBufferPointer { weights in
                    // Once the results are full, a candidate whose prior is at most this cannot enter them, and
                    // no later one can.
                    var stopAt = top.isFull ? (top.lowestScore ?? 0) - bound : Int.min
                    for candidate in start ..< count {
                        let first = flat[candidate]
                        if first == 0 { continue }
                        let candidatePrior = Int(prior[candidate])
                        if candidatePrior <= stopAt { return }
                        var total = Int(first) * weights[0]
                        var word = 1
                        while word < weights.count {
                            let best = flat[word &* count &+ candidate]
                            if best == 0 { break }
                            total += Int(best) * weights[word]
                            word += 1
                        }
                        guard word == weights.count else { continue }
                        top.offer(SearchHit(procedure: candidate, score: total * Self.priorScale + candidatePrior))
                        if top.isFull, let lowest = top.lowestScore { stopAt = lowest - bound }
                    }
                }
            }
        }
    }

    /// After how many candidates checked on their own words the tables would have cost as much: a candidate's
    /// check reads each of its words once per query word; a table reads each posting of the word once.
    private func tablesPayOff(_ rarest: QueryWordMatches, _ others: [QueryWordMatches], rarestTabulated: Bool) -> Int {
        let tabled = rarestTabulated ? others : others + [rarest]
        let tableCost = tabled.reduce(0) { $0 + (hasTable($1) ? 0 : $1.postingCount + procedureCount / 16) }
        let wordsPerProcedure = max(1, docWords.count / max(1, procedureCount))
        let checkCost = wordsPerProcedure * (rarestTabulated ? others.count : others.count + 1)
        return tableCost / max(1, checkCost)
    }

    /// Whether the word's best scores are tabulated already: at load (a single letter) or at a recent keystroke.
    private func hasTable(_ match: QueryWordMatches) -> Bool {
        if let letter = match.letter, letterScores[letter] != nil { return true }
        return recentTables?.holds(match.key) ?? false
    }

    /// The most any procedure can score: every word at its best kind in a name. The search stops once its
    /// results all score that.
    static func bestPossibleScore(_ matches: [QueryWordMatches]) -> Int {
        matches.reduce(0) { $0 + Int($1.best.rawValue) * TextTier.name.weight * $1.weight }
    }

    /// The best scores of each one-letter query word, tabulated on all cores (not kept in the snapshot: this
    /// takes one walk over the postings, a few milliseconds at 50,000 procedures).
    private func tabulateLetters(_ letters: Set<UInt8>) -> [UInt8: [UInt8]] {
        let ordered = Array(letters)
        let tables = ConcurrentResults<[UInt8]>(count: ordered.count)
        DispatchQueue.concurrentPerform(iterations: ordered.count) { offset in
            let word = String(UnicodeScalar(ordered[offset]))
            tables.set(offset, walkPostings(of: QueryWordMatches(word: word, in: self)))
        }
        return Dictionary(uniqueKeysWithValues: zip(ordered, tables.values))
    }

    /// For every procedure, the best score one query word makes in it (0: no match), from the postings of the
    /// words it matches. At most 10 (whole word) × 4 (in the name), so a byte each.
    func bestScores(of match: QueryWordMatches) -> [UInt8] {
        if let letter = match.letter, let table = letterScores[letter] { return table }
        if let table = recentTables?.table(for: match.key) { return table }
        let best = walkPostings(of: match)
        recentTables?.keep(best, for: match.key)
        return best
    }

    /// `bestScores(of:)` from the postings of every word the query word matches.
    private func walkPostings(of match: QueryWordMatches) -> [UInt8] {
        var best = [UInt8](repeating: 0, count: procedureCount)
        best.withUnsafeMutableBufferPointer { best in
            postings.withUnsafeBufferPointer { postings in
                for word in match.words {
                    let kind = match.kind(of: word).rawValue
                    // The score of each tier (0 unused, other, keyword, name), looked up without a branch.
                    let byTier: UInt32 = UInt32(kind) << 8 | UInt32(kind &* 2) << 16 | UInt32(kind &* 4) << 24
                    for posting in postings[postingStart[word] ..< postingStart[word + 1]] {
                        let score = UInt8(truncatingIfNeeded: byTier >> ((posting & 3) << 3))
                        let procedure = Int(posting >> 2)
                        best[procedure] = max(best[procedure], score)
                    }
                }
            }
        }
        return best
    }

    /// The query's word matches, computed once per keystroke and reused for every highlighted row.
    public func highlighter(for query: String) -> QueryHighlighter {
        let reading = QueryReading(query, phrases: phrases, limit: Self.maxQueryWords)
        return QueryHighlighter(index: self, matches: queryMatches(reading, at: Array(reading.words.indices)),
                                synonyms: reading.groups.compactMap { $0 }.reduce(into: [:]) { $0[$1, default: 0] += 1 })
    }

    /// Which words of `text` match the query, as ranges, for highlighting results.
    public func matchedRanges(in text: String, query: String) -> [Range<String.Index>] {
        highlighter(for: query).ranges(in: text)
    }

    /// The match score of one procedure, or nil when some query word matches none of its words.
    func score(_ procedure: Int, _ matches: [QueryWordMatches]) -> Int? {
        docWords.withUnsafeBufferPointer { docWords in
            let words = UnsafeBufferPointer(rebasing: docWords[docWordStart[procedure] ..< docWordStart[procedure + 1]])
            var total = 0
            // By index: a copy of each word's matches would retain its tables once per candidate.
            for m in matches.indices {
                var best = 0
                for entry in words {
                    let kind = matches[m].kind(of: Int(entry >> 2))
                    if kind == .none { continue }
                    let tier = TextTier(rawValue: entry & 3) ?? .other
                    best = max(best, Int(kind.rawValue) * tier.weight)
                }
                if best == 0 { return nil }
                total += best * matches[m].weight
            }
            return total
        }
    }

    /// The precomputed results when the query is one letter or digit (after folding).
    func firstLetterHits(_ query: String) -> [SearchHit]? {
        guard !firstLetters.isEmpty else { return nil }
        let words = VietnameseFolding.words(query)
        guard words.count == 1, let word = words.first, word.utf8.count == 1, let byte = word.utf8.first else {
            return nil
        }
        return firstLetters[byte]
    }

    /// A query that looks like a procedure code (a digit then a dot) is looked up by code prefix.
    func searchCode(_ query: String, limit: Int) -> [SearchHit]? {
        let key = Array(VietnameseFolding.fold(query.trimmingCharacters(in: .whitespaces)).utf8)
        guard key.count >= 2, (0x30...0x39).contains(key[0]), key[1] == UInt8(ascii: ".") else { return nil }
        let range = codeRange(key)
        var top = TopHits(limit: limit)
        // The exact code first (equal keys sort first in the range), then by prior.
        var exact: [Int] = []
        for entry in codes[range] {
            guard entry.key.count == key.count else { break }
            exact.append(entry.procedure)
            top.offer(SearchHit(procedure: entry.procedure, score: 1000 * Self.priorScale + Int(prior[entry.procedure])))
        }
        if priorDescending && range.count > limit * 4 {
            // "1." matches half of a national catalog on one keystroke: as procedures come by prior, the first
            // ones whose code starts so are the best; walking the catalog finds `limit` of them quickly.
            var taken = 0
            var matches = [Bool](repeating: false, count: procedureCount)
            for position in range { matches[Int(codeProcedures[position])] = true }
            for procedure in 0 ..< procedureCount where matches[procedure] && !exact.contains(procedure) {
                guard taken < limit else { break }
                top.offer(SearchHit(procedure: procedure, score: 500 * Self.priorScale + Int(prior[procedure])))
                taken += 1
            }
            return top.sorted()
        }
        // Few matches: rank them all. A procedure appears under its full code and its national part: once.
        var seen = Set(exact)
        for entry in codes[range] where seen.insert(entry.procedure).inserted {
            top.offer(SearchHit(procedure: entry.procedure, score: 500 * Self.priorScale + Int(prior[entry.procedure])))
        }
        return top.sorted()
    }

    /// The entries of `codes` whose key starts with `key`: one contiguous range, found by two binary searches.
    private func codeRange(_ key: [UInt8]) -> Range<Int> {
        let low = codes.partitionPoint { $0.key.lexicographicallyPrecedes(key) }
        let high = codes[low...].partitionPoint { $0.key.starts(with: key) }
        return low ..< high
    }

    func wordID(_ word: [UInt8]) -> Int? { Self.wordID(word, in: vocabulary) }

    static func wordID(_ word: [UInt8], in vocabulary: [[UInt8]]) -> Int? {
        let index = vocabulary.partitionPoint { $0.lexicographicallyPrecedes(word) }
        return index < vocabulary.count && vocabulary[index] == word ? index : nil
    }

    /// Word ids whose word starts with `prefix`: one contiguous range of the sorted vocabulary.
    func prefixRange(_ prefix: [UInt8]) -> Range<Int> {
        let low = vocabulary.partitionPoint { $0.lexicographicallyPrecedes(prefix) }
        return low ..< vocabulary[low...].partitionPoint { $0.starts(with: prefix) }
    }
}

extension RandomAccessCollection {
    /// The first index whose element is not `belowTarget` (the collection is partitioned by it).
    func partitionPoint(_ belowTarget: (Element) -> Bool) -> Index {
        var low = startIndex, count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if belowTarget(self[mid]) {
                low = index(after: mid)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
