/// Speech (`[speech]` in kiosk.conf): where the kiosk's words go.
public struct SpeechSettings: Equatable, Sendable {
    public enum Output: Equatable, Sendable {
        /// Each utterance a WAV file in this folder and a line of its `transcript.txt` (tests, staff checks).
        case files(folder: String)

        /// "file:DIR"; nil for anything else.
        public static func parse(_ text: String) -> Output? {
            if text.hasPrefix("file:"), text.count > "file:".count { return .files(folder: String(text.dropFirst(5))) }
            return nil
        }

        public static let syntax = "\"file:/a/folder\""
    }

    public var output: Output

    public init(output: Output) {
        self.output = output
    }
}
