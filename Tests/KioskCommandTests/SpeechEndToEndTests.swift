import Foundation
import Testing
import TestSupport

/// Speech as a citizen meets it at the real kiosk, with speech written to files (`[speech] output = "file:…"`):
/// each screen's words in the transcript, in the screen's language, and sound in each WAV file.
@Suite("Speech end to end", .serialized)
struct SpeechEndToEndTests {
    /// The transcript's lines once it holds at least `count` (the kiosk writes off its input loop).
    private func transcript(_ folder: String, atLeast count: Int) throws -> [String] {
        let end = Date().addingTimeInterval(30)
        var lines: [String] = []
        while Date() < end {
            lines = ((try? String(contentsOfFile: folder + "/transcript.txt", encoding: .utf8)) ?? "")
                .split(separator: "\n").map(String.init)
            if lines.count >= count { return lines }
            usleep(100_000)
        }
        return lines
    }

    @Test("kiosk run --speech says home, a moved selection and English; F9 stops it; each WAV holds sound")
    func speechToFiles() throws {
        let folder = TestScratch.root + "speech-e2e-\(UUID().uuidString)"
        let setup = try TemporaryKiosk(settings: [("speech", "output", "file:" + folder)])
        let kiosk = try TmuxKiosk(width: 80, height: 24, arguments: "--config \(setup.config) --speech")
        try kiosk.waitFor("Xin chào")
        var lines = try transcript(folder, atLeast: 1)
        #expect(lines.first?.hasPrefix("vi: Đã bật đọc màn hình. Phím ép chín để tắt") == true, "\(lines)")
        #expect(lines.first?.contains("Xin chào! Quý khách cần tìm thủ tục gì?") == true, "\(lines)")
        kiosk.press("Down")
        lines = try transcript(folder, atLeast: 2)
        #expect(lines.count == 2 && lines[1].hasPrefix("vi: Đang chọn mục hai trên"), "\(lines)")
        kiosk.press("F2")
        try kiosk.waitFor("Check my case")
        lines = try transcript(folder, atLeast: 3)
        #expect(lines.count == 3 && lines[2].hasPrefix("en: Welcome! Which procedure are you looking for?"), "\(lines)")
        kiosk.press("F9")
        kiosk.press("Down")
        kiosk.press("F2")
        try kiosk.waitFor("Xin chào")
        // On again: the next line is the one that says so; nothing was said while it was off.
        kiosk.press("F9")
        lines = try transcript(folder, atLeast: 4)
        #expect(lines.count == 4 && lines[3].hasPrefix("vi: Đã bật đọc màn hình"), "nothing said while off: \(lines)")
        #expect(lines.allSatisfy { !$0.contains { $0.isNumber } }, "no digit reaches the synthesizer")
        for index in 1 ... 4 {
            let stat = try Program.run("/usr/bin/sox", [folder + String(format: "/%04d.wav", index), "-n", "stat"])
            let rms = stat.split(separator: "\n").first { $0.hasPrefix("RMS     amplitude") }
                .flatMap { Double($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) } ?? 0
            #expect(rms > 0.02, "utterance \(index) is sound, not silence: \(stat)")
        }
    }

    @Test("through ALSA: the words reach the sound device as they are made; doctor opens the device, names a missing one")
    func speechToTheSoundCard() throws {
        // alsa-lib's own file device records what the kiosk plays (through the null device: no card here).
        let raw = TestScratch.root + "card-e2e-\(UUID().uuidString).raw"
        let setup = try TemporaryKiosk(settings: [("speech", "output", "alsa:file:FILE=\(raw),FORMAT=raw")])
        let kiosk = try TmuxKiosk(width: 80, height: 24, arguments: "--config \(setup.config) --speech")
        try kiosk.waitFor("Thôi đọc to màn hình (F9)")
        let end = Date().addingTimeInterval(30)
        var samples: [Int16] = []
        // The greeting with the keys is several seconds of speech: wait for two of them.
        while Date() < end, samples.count < 2 * 22_050 {
            usleep(100_000)
            samples = ((try? Data(contentsOf: URL(fileURLWithPath: raw))) ?? Data()).withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
        }
        #expect(samples.count >= 2 * 22_050, "\(samples.count) samples reached the device")
        #expect((samples.map { Int(abs(Int32($0))) }.max() ?? 0) > 3000, "sound, not silence")
        let doctor = try Kiosk.run(["doctor", "--config", setup.config, "--lang", "en"], environment: ["TERM": "xterm-256color"])
        #expect(doctor.stdout.contains("✔ Reading aloud: voices vi-vn-x-south and en, sound device file:FILE="), "\(doctor.stdout)")
        let missing = try TemporaryKiosk(settings: [("speech", "output", "alsa:hw:97,0")])
        let refused = try Kiosk.run(["doctor", "--config", missing.config, "--lang", "en"], environment: ["TERM": "xterm-256color"])
        #expect(refused.status != 0 && refused.stdout.contains("✘ Reading aloud: cannot open sound device hw:97,0"), "\(refused.stdout)")
    }

    @Test("the board calls each number aloud: chime, Vietnamese then English, twice, in the order called; a recall again")
    func boardCallsAloud() throws {
        let folder = TestScratch.root + "board-voice-\(UUID().uuidString)"
        let kiosk = try TemporaryKiosk(settings: [("printer", "device", ""), ("board", "call_aloud", "file:" + folder)])
        for _ in 0 ..< 2 { #expect(try Kiosk.run(["queue", "take", "1.001456", "--config", kiosk.config]).status == 0) }
        let board = try TmuxKiosk(width: 100, height: 30, arguments: "board --config \(kiosk.config)")
        try board.waitFor("No number called yet today.")
        // Two counters call at once: both calls are heard whole, one after the other.
        #expect(try Kiosk.run(["queue", "call", "15", "--config", kiosk.config]).status == 0)
        #expect(try Kiosk.run(["queue", "call", "14", "--config", kiosk.config]).status == 0)
        let k1 = ["chime", "vi: Mời số ca một đến quầy số mười lăm", "en: Number K one, please go to counter fifteen"]
        let k2 = ["chime", "vi: Mời số ca hai đến quầy số mười bốn", "en: Number K two, please go to counter fourteen"]
        func twice(_ call: [String]) -> [String] { [call[0]] + Array(call.dropFirst()) + Array(call.dropFirst()) }
        var lines = try transcript(folder, atLeast: 10)
        #expect(lines == twice(k1) + twice(k2), "\(lines)")
        let recall = try Kiosk.run(["queue", "recall", "15", "--config", kiosk.config, "--lang", "en"])
        #expect(recall.stdout.contains("Counter 15: calling K1 again"), "\(recall.stdout)\(recall.stderr)")
        lines = try transcript(folder, atLeast: 15)
        #expect(Array(lines.dropFirst(10)) == twice(k1), "a recall is said again: \(lines)")
        for index in [1, 2, 3] {
            let stat = try Program.run("/usr/bin/sox", [folder + String(format: "/%04d.wav", index), "-n", "stat"])
            #expect(stat.contains("RMS     amplitude") && !stat.contains("RMS     amplitude:     0.000000"), "\(stat)")
        }
        let none = try Kiosk.run(["queue", "recall", "9", "--config", kiosk.config, "--lang", "en"])
        #expect(none.status != 0 && none.stderr.contains("Counter 9 has called no number today."), "\(none.stderr)")
        board.press("q")
        #expect(try board.waitForExit() == 0)
    }

    @Test("a speech output kiosk.conf cannot use is refused, saying what is expected")
    func badOutput() throws {
        let setup = try TemporaryKiosk(settings: [("speech", "output", "/dev/dsp")])
        let result = try Kiosk.run(["validate", "--config", setup.config, "--lang", "en"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("speech.output") && result.stderr.contains("\"alsa:DEVICE\""), "\(result.stderr)")
    }
}
