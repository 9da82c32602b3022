import Foundation
import KioskConfiguration
import KioskRuntime
import KioskVoice
import Logging

/// The kiosk's voice is a `SpeechPlayer`: the sound card or files, as kiosk.conf's `[speech] output` says.
extension SpeechPlayer: Speaker {}

extension SpeechPlayer {
    /// The player kiosk.conf names, or nil (no `[speech] output`, or no voice or no sound device: logged, and
    /// the speech key then does nothing).
    static func make(_ speech: SpeechSettings?, logger: Logger) -> SpeechPlayer? {
        guard let speech else { return nil }
        do {
            let synthesizer = try Synthesizer.shared()
            let output: Output = switch speech.output {
            case .files(let folder): .files(try SpeechFiles(folder: folder, synthesizer: synthesizer))
            case .device(let name): .card(try SoundCard(device: name, sampleRate: synthesizer.sampleRate))
            }
            return SpeechPlayer(synthesizer: synthesizer, output: output, vietnamese: Voice(name: speech.vietnameseVoice)) {
                logger.error("speech", metadata: ["problem": "\($0)"])
            }
        } catch {
            logger.error("speech unavailable", metadata: ["problem": "\(error)"])
            return nil
        }
    }
}
