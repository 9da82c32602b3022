import Foundation
import KioskSpeech
import ProcedureCatalog
import Testing
import TestSupport
@testable import KioskVoice

/// Speech as a listener gets it, checked without ears: each utterance a WAV file that sox finds sound in (not
/// silence) of a length that fits its words, the transcript saying what was spoken, in the screen's language.
/// Turning the sound back into words is out of reach here (no recognizer model can be had on this machine).
@Suite(.serialized) struct SpeechFilesTests {
    /// sox's `stat` of a WAV file: its length in seconds and its RMS amplitude (0–1).
    static func stat(_ path: String) throws -> (seconds: Double, rms: Double) {
        let text = try Program.run("/usr/bin/sox", [path, "-n", "stat"])
        func value(_ label: String) -> Double {
            let line = text.split(separator: "\n").first { $0.hasPrefix(label) } ?? ""
            return Double(line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") ?? -1
        }
        return (value("Length (seconds)"), value("RMS     amplitude"))
    }

    @Test("a Vietnamese and an English screen's words become sound, in their own voices, and a transcript")
    func speakToFiles() throws {
        let folder = TestScratch.root + "speech-\(UUID().uuidString)"
        let files = try SpeechFiles(folder: folder, synthesizer: try Synthesizer.shared())
        let vi = try files.speak(Utterance(SpokenText.words("Tìm thấy 12 thủ tục. Lệ phí 200.000 đ.", .vi), .vi))
        let en = try files.speak(Utterance(SpokenText.words("12 procedures found. Fee 200,000 đ.", .en), .en))
        let (viSeconds, viRMS) = try Self.stat(vi)
        let (enSeconds, enRMS) = try Self.stat(en)
        #expect(viRMS > 0.02 && enRMS > 0.02, "sound, not silence: \(viRMS), \(enRMS)")
        // About a dozen words each: a second or two of speech at the normal rate, not a click nor a minute.
        #expect((1.0 ... 12.0).contains(viSeconds) && (1.0 ... 12.0).contains(enSeconds), "\(viSeconds) s, \(enSeconds) s")
        let transcript = try String(contentsOfFile: folder + "/transcript.txt", encoding: .utf8)
        #expect(transcript == """
            vi: Tìm thấy mười hai thủ tục. Lệ phí hai trăm nghìn đồng.
            en: twelve procedures found. Fee two hundred thousand dong.

            """, "\(transcript)")
        #expect(!transcript.contains { $0.isNumber })
    }

    @Test("each language is spoken with its own voice: the same words differ in the Vietnamese and English voice")
    func voicesDiffer() throws {
        let synthesizer = try Synthesizer.shared()
        let vi = try synthesizer.samples("xin chào", voice: .vietnamese)
        let en = try synthesizer.samples("xin chào", voice: .english)
        #expect(!vi.isEmpty && !en.isEmpty && vi != en)
        #expect(throws: Synthesizer.Failure.self) { try synthesizer.samples("x", voice: Voice(name: "no-such-voice")) }
    }

    @Test("louder and faster are heard: a higher volume step has more RMS, a higher rate step is shorter")
    func volumeAndRate() throws {
        let folder = TestScratch.root + "speech-\(UUID().uuidString)"
        let files = try SpeechFiles(folder: folder, synthesizer: try Synthesizer.shared())
        let words = "Thủ tục cấp giấy chứng nhận quyền sử dụng đất"
        let quiet = try Self.stat(files.speak(Utterance(words, .vi, volume: SpeechLevel(1), rate: SpeechLevel(1))))
        let loud = try Self.stat(files.speak(Utterance(words, .vi, volume: SpeechLevel(5), rate: SpeechLevel(5))))
        #expect(loud.rms > quiet.rms * 2, "\(quiet) \(loud)")
        #expect(loud.seconds < quiet.seconds * 0.7, "\(quiet) \(loud)")
        let chime = try Self.stat(files.chime(volume: .standard))
        #expect(chime.rms > 0.02 && (0.5 ... 1.5).contains(chime.seconds), "\(chime)")
    }
}
