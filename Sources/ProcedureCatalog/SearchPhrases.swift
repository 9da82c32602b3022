/// `search.yaml` folded as search compares words, for the index (which synonym groups apply to each procedure)
/// and for every query (which of its words are a synonym, which everyday).
struct SearchPhrases: Sendable {
    /// As written: what the snapshot keeps.
    let words: SearchWords
    /// What citizens say, each phrase with its group.
    let spoken: PhraseFinder
    /// Everyday words and phrases: group `ignoredGroup` or `optionalGroup`.
    let everyday: PhraseFinder
    static let ignoredGroup = -1
    static let optionalGroup = -2
    /// The phrases that make each group apply to a procedure.
    let triggers: PhraseFinder

    init(_ words: SearchWords) {
        self.words = words
        func folded(_ texts: [String], group: Int) -> [(words: PhraseFinder.Phrase, group: Int)] {
            texts.map { text in (VietnameseFolding.words(text).map { Array($0.utf8) }, group) }
        }
        spoken = PhraseFinder(words.synonyms.enumerated().flatMap { folded($0.element.citizensSay, group: $0.offset) })
        triggers = PhraseFinder(words.synonyms.enumerated().flatMap { folded($0.element.triggers, group: $0.offset) })
        everyday = PhraseFinder(folded(words.ignored, group: Self.ignoredGroup)
                                + folded(words.optional, group: Self.optionalGroup))
    }

    /// The word a procedure holds, where the catalog holds a phrase of the group: no query word can be it
    /// (query words are letters and digits), so only the group's phrases in a query find it.
    static func token(of group: Int) -> [UInt8] {
        [0x01] + Array(String(group).utf8)
    }
}
