import Foundation
import KioskSpeech
import Testing
import TestSupport
@testable import KioskVoice

/// The sound card path through real ALSA: the `file` plugin (alsa-lib's own `file:FILE=…` device, played
/// through the null device) records every sample the kiosk hands the card, so a test can hear what a speaker
/// would have: sound as the words are made, and nothing more once speech is cut.
@Suite(.serialized) struct SoundCardTests {
    private func recording() -> (device: String, file: String) {
        let file = TestScratch.root + "card-\(UUID().uuidString).raw"
        return ("file:FILE=\(file),FORMAT=raw", file)
    }

    private func bytes(_ file: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0
    }

    private func waitIdle(_ player: SpeechPlayer) {
        let deadline = Date().addingTimeInterval(60)
        while !player.idle && Date() < deadline { usleep(2_000) }
    }

    @Test("an utterance reaches the card whole, as 16-bit samples holding sound")
    func playsWhole() throws {
        let synthesizer = try Synthesizer.shared()
        let (device, file) = recording()
        let player = SpeechPlayer(synthesizer: synthesizer, output: .card(try SoundCard(device: device, sampleRate: synthesizer.sampleRate))) { _ in }
        let words = "Tìm thấy mười hai thủ tục cho: cấp giấy phép xây dựng"
        player.say(Utterance(words, .vi))
        waitIdle(player)
        let made = try synthesizer.samples(words, voice: .vietnamese, rate: SpeechLevel.standard.espeakRate,
                                           volume: SpeechLevel.standard.espeakVolume)
        let played = try Data(contentsOf: URL(fileURLWithPath: file)).withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
        // All of it: espeak-ng varies a little from one making to the next (a few samples of its pitch), and
        // the device may pad its last period with silence.
        let margin = synthesizer.sampleRate / 10
        #expect(abs(played.count - made.count) < margin, "\(played.count) samples played, \(made.count) made")
        #expect((played.map { Int(abs(Int32($0))) }.max() ?? 0) > 3000, "sound, not silence")
    }

    @Test("a cut stops the words at once: a long text cut after its first sound leaves a fraction on the card")
    func cutAtOnce() throws {
        let synthesizer = try Synthesizer.shared()
        let (device, file) = recording()
        let player = SpeechPlayer(synthesizer: synthesizer, output: .card(try SoundCard(device: device, sampleRate: synthesizer.sampleRate))) { _ in }
        let started = DispatchSemaphore(value: 0)
        let moments = Moments()
        player.observe { moment in
            moments.append(moment)
            if case .firstSound = moment { started.signal() }
        }
        let long = Array(repeating: "Giấy tờ cần nộp gồm đơn đề nghị, bản sao giấy khai sinh và giấy tờ tùy thân.", count: 20)
            .joined(separator: " ")
        player.say(Utterance(long, .vi))
        #expect(started.wait(timeout: .now() + 30) == .success)
        player.stop()
        waitIdle(player)
        let whole = try synthesizer.samples(long, voice: .vietnamese, rate: SpeechLevel.standard.espeakRate,
                                            volume: SpeechLevel.standard.espeakVolume).count * 2
        #expect(bytes(file) < whole / 4, "\(bytes(file)) of \(whole) bytes reached the card after the cut")
        #expect(moments.all.last == .silenced)
        // And the card is ready for the next words.
        player.say(Utterance("Xin chào", .vi))
        waitIdle(player)
        #expect(moments.all.last == .finished)
    }

    @Test("a device that does not exist is refused with its name and ALSA's reason")
    func missingDevice() throws {
        #expect(throws: SoundCard.Failure.self) { try SoundCard(device: "hw:97,0", sampleRate: 22050) }
        do {
            _ = try SoundCard(device: "hw:97,0", sampleRate: 22050)
        } catch {
            #expect(error.description.contains("hw:97,0"), "\(error)")
        }
    }
}

/// What the player reported, from its thread.
final class Moments: @unchecked Sendable {
    private let lock = NSLock()
    private var moments: [SpeechPlayer.Moment] = []
    func append(_ moment: SpeechPlayer.Moment) { lock.withLock { moments.append(moment) } }
    var all: [SpeechPlayer.Moment] { lock.withLock { moments } }
}
