import KioskSpeech

/// Where the kiosk's words go (`Effect.speak`): the sound device, or files for tests and staff checks. Saying
/// returns at once (the words are made and played off the input loop); a new utterance cuts the one before.
public protocol Speaker: Sendable {
    func say(_ utterance: Utterance)
    /// Silence at once: a key was pressed, or speech was turned off.
    func stop()
}
