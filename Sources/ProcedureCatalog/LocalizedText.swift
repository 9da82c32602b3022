/// A text a citizen may read, in Vietnamese and in English. The catalog rejects a text missing either.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public subscript(_ language: Language) -> String {
        language == .vi ? vi : en
    }

    /// Both languages, for indexing: a citizen may search in either.
    public var both: [String] { [vi, en] }
}
