import KioskSpeech

/// What a citizen has set of the kiosk's voice in this visit: all of it goes with the idle reset.
public struct CitizenVoice: Equatable, Sendable {
    /// Help mode: a key says what it does instead of doing it.
    public var helping = false
    /// Volume and rate moved by the citizen's keys; nil: kiosk.conf's.
    public var volume: SpeechLevel?
    public var rate: SpeechLevel?
    /// What was said last, for the repeat key.
    public var lastSaid: String?

    public init() {}
}
