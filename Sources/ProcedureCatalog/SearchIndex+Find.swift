/// Reading a query the way citizens phrase it: synonyms, everyday words, and no dead end.
extension SearchIndex {
    /// So few procedures holding every typed word are what the query names.
    static let fewEnoughToName = 3
    /// Above any score a match makes: what puts the procedures the query names first.
    static let namedBonus = 1 << 52

    /// The best procedures for what the citizen typed, best first: those holding every word (a synonym's
    /// procedures hold its phrase; everyday words need not be held). When no procedure holds them all, those
    /// holding the words that say most (rare words over common ones), and the result says which words were left
    /// out. Nothing only when no word matches anything.
    public func find(_ query: String, limit: Int = 20) -> SearchResult {
        guard limit > 0 else { return .nothing }
        if limit <= Self.firstLetterLimit, let hits = firstLetterHits(query) {
            return SearchResult(hits: Array(hits.prefix(limit)))
        }
        if let hits = searchCode(query, limit: limit) { return SearchResult(hits: hits) }
        let reading = QueryReading(query, phrases: phrases, limit: Self.maxQueryWords)
        guard !reading.words.isEmpty else { return .nothing }
        // Those holding every word as typed, everyday words too ("thủ tục chấp thuận", "lâm nghiệp"), join the
        // results: a name holding them all is never passed over.
        var whole = queryMatches(reading, at: Array(reading.words.indices), synonyms: false)
        for index in whole.indices { whole[index].isOptional = false }
        // (At least one more than `fewEnoughToName`, to know whether they are that few.)
        let hasPhrase = reading.groups.contains { $0 != nil }
        var literal = reading.everyday.contains { $0 != nil } || hasPhrase
            ? rank(whole, limit: max(limit, Self.fewEnoughToName + 1)) : []
        // Only when the literal pass found too many to name: fewer hold them all already, word for word too.
        let wordForWord = hasPhrase || literal.count <= Self.fewEnoughToName ? [] : namingWordForWord(whole)
        literal += wordForWord.filter { hit in !literal.contains { $0.procedure == hit.procedure } }
        let named = literal.count <= Self.fewEnoughToName ? literal : wordForWord
        // The others are found without the everyday words, or, when no procedure holds the rest, without the
        // words that say least. `positions` says where each match's word stands in the query.
        let positions = reading.words.indices.filter { !reading.isIgnored($0) }
        var matches = queryMatches(reading, at: positions)
        var hits = matches.isEmpty ? [] : rank(matches, limit: limit)
        if hits.isEmpty && literal.isEmpty {
            guard let kept = mostTelling(matches) else { return .nothing }
            for index in matches.indices { matches[index].isOptional = !kept.contains(index) }
            hits = rank(matches, limit: limit)
        }
        // Both ranked alike: by the words that count, then a name beginning with what was typed (all of it, or
        // the words that count), then everyday words beside the others, then the prior.
        let required = matches.filter { !$0.isOptional }
        var seen = Set(hits.map(\.procedure))
        // Names beginning with what was typed come in too, however many hold the same words elsewhere ("huong d":
        // "Hướng dẫn …" among hundreds holding "hưởng" and a word in d).
        for procedure in namesBeginning(with: whole, limit: limit) where !seen.contains(procedure) {
            seen.insert(procedure)
            let match = score(procedure, required) ?? 0
            hits.append(SearchHit(procedure: procedure, score: match * Self.priorScale + Int(prior[procedure])))
        }
        for hit in literal where !seen.contains(hit.procedure) {
            let match = score(hit.procedure, required) ?? 0
            hits.append(SearchHit(procedure: hit.procedure, score: match * Self.priorScale + Int(prior[hit.procedure])))
        }
        var ordered = ordered(hits, matches, typed: whole)
        // When at most three procedures hold every word as typed, the query names them: they come first.
        if !named.isEmpty {
            let named = Set(named.map(\.procedure))
            ordered = ordered.filter { named.contains($0.procedure) }
                .map { SearchHit(procedure: $0.procedure, score: $0.score + Self.namedBonus) }
                + ordered.filter { !named.contains($0.procedure) }
        }
        ordered = Array(ordered.prefix(limit))
        guard let top = ordered.first else { return .nothing }
        let missing = matches.indices.filter { !holds(top.procedure, matches[$0]) }.map { positions[$0] }
        let ignored = reading.words.indices.filter(reading.isIgnored) + missing
        return SearchResult(hits: ordered, ignoredWords: ignored.sorted())
    }

    /// The procedures whose names hold every typed word whole and the last as the start of a word ("thủ tục
    /// thông báo cơ s"), when they are few enough to be what the query names; otherwise none. Not for a query
    /// holding a synonym's phrase: "đóng cửa hộ kinh doanh" means the procedure the phrase names, not the names
    /// that happen to hold "đóng" and "cửa".
    func namingWordForWord(_ typed: [QueryWordMatches]) -> [SearchHit] {
        let exact = typed.indices.map { typed[$0].matching(atLeast: $0 == typed.count - 1 ? .prefix : .exact, in: self) }
        guard !exact.contains(where: { $0.words.isEmpty }) else { return [] }
        // A word in a name outscores it elsewhere: those naming them all come first among those holding them.
        let named = rank(exact, limit: Self.wordForWordDepth).filter { hit in
            exact.allSatisfy { holds(hit.procedure, $0, atLeast: .prefix, in: .name) }
        }
        return named.count <= Self.fewEnoughToName ? named : []
    }

    /// The first `limit` procedures in catalog order (by prior) one of whose names begins with the typed words,
    /// in order; none for a query of one word (every name holding it would do) or one starting with a single
    /// letter. Taken from the names' first words, so the work is the names beginning with the first word.
    func namesBeginning(with typed: [QueryWordMatches], limit: Int) -> [Int] {
        guard typed.count >= 2, typed[0].letter == nil, !typed[0].words.isEmpty, let last = typed.last,
              last.best < .exact || last.key.count <= 2 else { return [] }
        var found: [Int] = []
        let lists = typed[0].words.map { nameStartOf[$0] ..< nameStartOf[$0 + 1] }.filter { !$0.isEmpty }
        if lists.count == 1, let only = lists.first {
            // One word (typed whole): its list is in catalog order, so the first that fit are the best.
            for position in only {
                let procedure = Int(nameStarts[position])
                if nameBegins(procedure, with: typed) {
                    found.append(procedure)
                    if found.count == limit { break }
                }
            }
            return found
        }
        for list in lists {
            for position in list {
                let procedure = Int(nameStarts[position])
                if nameBegins(procedure, with: typed) { found.append(procedure) }
            }
        }
        return Array(Set(found).sorted().prefix(limit))
    }

    /// How many of the procedures holding every word whole are looked at for those whose names hold them.
    static let wordForWordDepth = 3 * (fewEnoughToName + 1)

    /// The matches of the words at `positions`: each with its synonym group's token, optional when it is an
    /// optional everyday word in a query that is not only everyday words.
    /// `synonyms: false`: the words alone, as typed.
    func queryMatches(_ reading: QueryReading, at positions: [Int], synonyms: Bool = true) -> [QueryWordMatches] {
        positions.map { position in
            let token = synonyms ? reading.groups[position].flatMap { groupTokens[$0] } : nil
            var match = QueryWordMatches(word: reading.words[position], in: self, token: token)
            match.isOptional = reading.isOptional(position)
            return match
        }
    }

    /// The words a procedure holds together that say the most about it, when none holds them all: those of the
    /// procedure with the best score over the words it holds (a word in few procedures outweighs "cấp"; then
    /// the prior), as positions. Everyday words count only when nothing else matches anything. Nil when no word
    /// matches anything.
    func mostTelling(_ matches: [QueryWordMatches]) -> Set<Int>? {
        var candidates = matches.indices.filter { !matches[$0].isOptional && matches[$0].postingCount > 0 }
        if candidates.isEmpty { candidates = matches.indices.filter { matches[$0].postingCount > 0 } }
        guard !candidates.isEmpty else { return nil }
        let tables = candidates.map { bestScores(of: matches[$0]) }
        let weights = candidates.map { matches[$0].weight }
        // The words each procedure holds as a bit mask (at most `maxQueryWords`), not a set: this runs over
        // every procedure.
        var best = (score: 0, held: 0)
        for procedure in 0 ..< procedureCount {
            var score = 0
            var held = 0
            for (bit, table) in tables.enumerated() where table[procedure] > 0 {
                score += Int(table[procedure]) * weights[bit]
                held |= 1 << bit
            }
            let ranked = score * Self.priorScale + Int(prior[procedure])
            if score > 0 && ranked > best.score { best = (ranked, held) }
        }
        let kept = Set(candidates.indices.filter { best.held & (1 << $0) != 0 }.map { candidates[$0] })
        return kept.isEmpty ? nil : kept
    }

    /// Whether any of the procedure's words matches the query word (at least so well, in at least that tier).
    func holds(_ procedure: Int, _ match: QueryWordMatches, atLeast least: WordMatch = .infix,
               in tier: TextTier = .other) -> Bool {
        docWords[docWordStart[procedure] ..< docWordStart[procedure + 1]].contains {
            $0 & 3 >= tier.rawValue && match.kind(of: Int($0 >> 2)) >= least
        }
    }
}
