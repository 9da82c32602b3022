/// What a speech key asks for (`SpeechUIText.keys` names the keys).
public enum SpeechCommand: Equatable, Sendable, CaseIterable {
    /// Speech on or off.
    case toggle
    /// The screen and the selection again.
    case whereAmI
    /// What was said last, again.
    case repeatLast
    /// Silence now; speech stays on.
    case stop
    /// Help mode on or off: a key says what it does instead of doing it.
    case help
    case quieter, louder, slower, faster
}
