import ProcedureCatalog

/// One thing to say: the words (already in words: `SpokenText`), the language (the voice follows it), and how
/// loud and how fast the citizen asked for it.
public struct Utterance: Equatable, Sendable {
    public var words: String
    public var language: Language
    public var volume: SpeechLevel
    public var rate: SpeechLevel

    public init(_ words: String, _ language: Language, volume: SpeechLevel = .standard, rate: SpeechLevel = .standard) {
        self.words = words
        self.language = language
        self.volume = volume
        self.rate = rate
    }
}

/// A step of volume or rate, 1 (quietest, slowest) to 5: a citizen moves it one step at a time with a key and
/// hears where it is ("âm lượng bốn trên năm").
public struct SpeechLevel: Equatable, Hashable, Sendable, Comparable {
    public static let range = 1 ... 5
    public static let standard = SpeechLevel(3)

    public let step: Int

    public init(_ step: Int) {
        self.step = min(max(step, Self.range.lowerBound), Self.range.upperBound)
    }

    /// One step up or down, kept in the range.
    public func moved(_ delta: Int) -> SpeechLevel { SpeechLevel(step + delta) }

    /// espeak-ng's volume (0–200, 100 as the voice is made).
    public var espeakVolume: Int { [40, 70, 100, 140, 190][step - 1] }
    /// espeak-ng's rate in words a minute (its own default is 175; a little slower is easier for the elderly).
    public var espeakRate: Int { [110, 135, 160, 190, 230][step - 1] }

    public static func < (a: SpeechLevel, b: SpeechLevel) -> Bool { a.step < b.step }
}
