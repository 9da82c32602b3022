/// A text a citizen may read, in Vietnamese and in English. The catalog rejects a text missing either, except in
/// records it marks as Vietnamese only (`english: missing`, written by the national importer): their English is
/// absent and the English interface shows the Vietnamese with a marker.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var vi: String
    /// nil: the text exists in Vietnamese only.
    public var english: String?

    public init(vi: String, en: String) {
        self.vi = vi
        self.english = en
    }

    /// A text the national record gives in Vietnamese only.
    public init(vietnameseOnly vi: String) {
        self.vi = vi
        self.english = nil
    }

    /// The English text, or the Vietnamese where there is none.
    public var en: String { english ?? vi }

    public var isVietnameseOnly: Bool { english == nil }

    public subscript(_ language: Language) -> String {
        language == .vi ? vi : en
    }

    /// The text in `language`, and whether it is shown in Vietnamese instead (then the screen marks it).
    public func shown(in language: Language) -> (text: String, inVietnamese: Bool) {
        (self[language], language == .en && english == nil)
    }

    /// Both languages, for indexing: a citizen may search in either.
    public var both: [String] { english.map { [vi, $0] } ?? [vi] }

    enum CodingKeys: String, CodingKey { case vi, en }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vi = try container.decode(String.self, forKey: .vi)
        english = try container.decodeIfPresent(String.self, forKey: .en)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(vi, forKey: .vi)
        try container.encodeIfPresent(english, forKey: .en)
    }
}
