import Foundation
import KioskConfiguration
import KioskRuntime
import KioskVoice
import Logging
import ProcedureCatalog

/// The kiosk's speaker for `[speech] output = "file:DIR"`: each utterance made off the input loop, in the
/// order said, as a WAV file and a transcript line (`SpeechFiles`). A file is written whole, so there is no
/// sound to cut: `stop` has nothing to do here.
final class FileSpeaker: Speaker, @unchecked Sendable {
    private let files: SpeechFiles
    private let logger: Logger
    private let queue = DispatchQueue(label: "kiosk.speech")

    init(files: SpeechFiles, logger: Logger) {
        self.files = files
        self.logger = logger
    }

    func say(_ words: String, _ language: Language) {
        queue.async { [files, logger] in
            do {
                try files.speak(words, language)
            } catch {
                logger.error("speech not written", metadata: ["problem": "\(error)"])
            }
        }
    }

    func stop() {}

    /// The speaker kiosk.conf names, or nil (no `[speech] output`, or the synthesizer cannot start: logged).
    static func make(_ config: KioskConfig, logger: Logger) -> (any Speaker)? {
        guard let speech = config.speech else { return nil }
        switch speech.output {
        case .files(let folder):
            do {
                return FileSpeaker(files: try SpeechFiles(folder: folder, synthesizer: try Synthesizer.shared()), logger: logger)
            } catch {
                logger.error("speech unavailable", metadata: ["problem": "\(error)"])
                return nil
            }
        }
    }
}
