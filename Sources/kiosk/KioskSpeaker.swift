import Foundation
import KioskConfiguration
import KioskRuntime
import KioskVoice
import Logging

/// The kiosk's voice is a `SpeechPlayer`: the sound card or files, as kiosk.conf's `[speech] output` says.
extension SpeechPlayer: Speaker {}

extension SpeechPlayer {
    /// The kiosk's player, or nil (no `[speech] output`, or no voice or no sound device: logged, and home then
    /// offers no speech).
    static func make(_ speech: SpeechSettings?, logger: Logger) -> SpeechPlayer? {
        guard let speech else { return nil }
        do {
            return try make(speech.output, vietnamese: speech.vietnameseVoice) {
                logger.error("speech", metadata: ["problem": "\($0)"])
            }
        } catch {
            logger.error("speech unavailable", metadata: ["problem": "\(error)"])
            return nil
        }
    }

    /// A player for `output` with the Vietnamese voice named; throws when the voice data or the device is
    /// missing. `problem` hears what goes wrong later (in English).
    static func make(_ output: SpeechSettings.Output, vietnamese: String,
                     problem: @escaping @Sendable (String) -> Void) throws -> SpeechPlayer {
        let synthesizer = try Synthesizer.shared()
        let sink: Output = switch output {
        case .files(let folder): .files(try SpeechFiles(folder: folder, synthesizer: synthesizer))
        case .device(let name): .card(try SoundCard(device: name, sampleRate: synthesizer.sampleRate))
        }
        return SpeechPlayer(synthesizer: synthesizer, output: sink, vietnamese: Voice(name: vietnamese), problem: problem)
    }
}
