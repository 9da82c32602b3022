/// Speech (`[speech]` in kiosk.conf): where the kiosk's words go, who may hear them, how they sound at first.
public struct SpeechSettings: Equatable, Sendable {
    public enum Output: Equatable, Sendable {
        /// Each utterance a WAV file in this folder and a line of its `transcript.txt` (tests, staff checks).
        case files(folder: String)
        /// The machine's sound card through ALSA, by its device name ("default", "plughw:0,0").
        case device(name: String)

        /// "file:DIR", "alsa" or "alsa:NAME"; nil for anything else.
        public static func parse(_ text: String) -> Output? {
            if text.hasPrefix("file:"), text.count > "file:".count { return .files(folder: String(text.dropFirst(5))) }
            if text == "alsa" { return .device(name: "default") }
            if text.hasPrefix("alsa:"), text.count > "alsa:".count { return .device(name: String(text.dropFirst(5))) }
            return nil
        }

        public static let syntax = "\"alsa\", \"alsa:DEVICE\" or \"file:/a/folder\""
    }

    /// Who hears the kiosk: one citizen (a headphone jack) or anyone nearby (a speaker in the hall). In the hall
    /// nothing personal is said: a case's status, yes; the owner's name, an address, a receipt number, no.
    public enum Audience: String, Equatable, Sendable, CaseIterable {
        case headphones
        case hall
    }

    /// The Vietnamese voices of Debian's espeak-ng: the northern (Hà Nội) one, the central (Huế), the southern
    /// (Sài Gòn, nearest to Bình Dương's speech).
    public static let vietnameseVoices = ["vi", "vi-vn-x-central", "vi-vn-x-south"]

    public var output: Output
    public var audience = Audience.hall
    /// Volume and rate at the start of a visit, 1 to 5 (3: as the voice is made); the citizen's keys move them.
    public var volume = 3
    public var rate = 3
    public var vietnameseVoice = "vi"

    public init(output: Output) {
        self.output = output
    }
}

/// The board's voice (`[board]` in kiosk.conf): where `kiosk board` calls numbers aloud, whether in English
/// too, how loud, which Vietnamese voice.
public struct BoardSpeechSettings: Equatable, Sendable {
    public var output: SpeechSettings.Output
    public var english = true
    public var volume = 4
    public var vietnameseVoice = "vi"

    public init(output: SpeechSettings.Output) {
        self.output = output
    }
}
