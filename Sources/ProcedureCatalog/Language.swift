/// The two languages every citizen-visible text exists in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case vi
    case en

    /// The other language: the kiosk's language button toggles between the two.
    public var other: Language { self == .vi ? .en : .vi }
}
