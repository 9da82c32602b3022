/// The search index in the catalog snapshot: its arrays as blocks, so that a start needs no folding, sorting or
/// ranking of first letters.
extension SearchIndex: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let wordCount = try reader.readCount(minimumSize: 8)
        var vocabulary: [[UInt8]] = []
        vocabulary.reserveCapacity(wordCount)
        for _ in 0 ..< wordCount { vocabulary.append(try reader.readBytes()) }
        let postingStart = try reader.readBlock(Int.self)
        let postings = try reader.readBlock(UInt32.self)
        let docWordStart = try reader.readBlock(Int.self)
        let docWords = try reader.readBlock(UInt32.self)
        let nameWordStart = try reader.readBlock(Int.self)
        let nameWords = try reader.readBlock(UInt32.self)
        let prior = try reader.readBlock(UInt16.self)
        let codeCount = try reader.readCount(minimumSize: 16)
        var codes: [(key: [UInt8], procedure: Int)] = []
        codes.reserveCapacity(codeCount)
        for _ in 0 ..< codeCount { codes.append((try reader.readBytes(), try reader.read())) }
        let letterCount = try reader.readCount(minimumSize: 9)
        var firstLetters: [UInt8: [SearchHit]] = [:]
        for _ in 0 ..< letterCount {
            let letter = try reader.take(1)[0]
            firstLetters[letter] = try reader.readArray()
        }
        let words: SearchWords = try reader.read()
        try Self.check(vocabulary: vocabulary, postingStart: postingStart, postings: postings,
                       docWordStart: docWordStart, docWords: docWords, nameWordStart: nameWordStart,
                       nameWords: nameWords, prior: prior, codes: codes, firstLetters: firstLetters)
        self.init(vocabulary: vocabulary, postingStart: postingStart, postings: postings, docWordStart: docWordStart,
                  docWords: docWords, nameWordStart: nameWordStart, nameWords: nameWords, prior: prior, codes: codes,
                  phrases: SearchPhrases(words), firstLetters: firstLetters)
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(vocabulary.count)
        for word in vocabulary {
            writer.writeBytes(word)
            writer.flushIfFull()
        }
        writer.writeBlock(postingStart)
        writer.writeBlock(postings)
        writer.writeBlock(docWordStart)
        writer.writeBlock(docWords)
        writer.writeBlock(nameWordStart)
        writer.writeBlock(nameWords)
        writer.writeBlock(prior)
        writer.write(codes.count)
        for code in codes {
            writer.writeBytes(code.key)
            writer.write(code.procedure)
            writer.flushIfFull()
        }
        writer.write(firstLetters.count)
        for (letter, hits) in firstLetters.sorted(by: { $0.key < $1.key }) {
            writer.appendByte(letter)
            writer.write(hits)
        }
        writer.write(phrases.words)
    }

    /// Every position the index will follow stays inside its arrays: a damaged snapshot is refused here rather
    /// than trapping on a keystroke.
    private static func check(
        vocabulary: [[UInt8]], postingStart: [Int], postings: [UInt32], docWordStart: [Int], docWords: [UInt32],
        nameWordStart: [Int], nameWords: [UInt32], prior: [UInt16], codes: [(key: [UInt8], procedure: Int)], firstLetters: [UInt8: [SearchHit]]
    ) throws(SnapshotError) {
        let procedures = prior.count
        func ascending(_ starts: [Int], count: Int, end: Int) -> Bool {
            starts.count == count + 1 && starts.first == 0 && starts.last == end
                && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
        }
        guard ascending(postingStart, count: vocabulary.count, end: postings.count),
              ascending(docWordStart, count: procedures, end: docWords.count),
              ascending(nameWordStart, count: procedures, end: nameWords.count),
              nameWords.allSatisfy({ $0 == SearchIndex.nameBreak || Int($0) < vocabulary.count }),
              postings.allSatisfy({ Int($0 >> 2) < procedures }),
              docWords.allSatisfy({ Int($0 >> 2) < vocabulary.count }),
              codes.allSatisfy({ (0 ..< procedures).contains($0.procedure) }),
              firstLetters.values.allSatisfy({ $0.allSatisfy { (0 ..< procedures).contains($0.procedure) } })
        else { throw .corrupt("search index") }
    }
}
