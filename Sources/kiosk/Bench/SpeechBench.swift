import Foundation
import KioskConfiguration
import KioskSpeech
import KioskUI
import KioskVoice
import ProcedureCatalog

/// Speech as a citizen waits for it: from a key to the first sound handed to the sound card, and from a key to
/// silence when speech is cut, through the kiosk's own path (update → `Effect.speak` → `SpeechPlayer` →
/// libespeak-ng → ALSA, on the `null` device: no card is needed, and the figures are the kiosk's, not the
/// card's buffer). Beside them, in the same run, the two ways a kiosk could do it instead: make the whole
/// utterance before playing it, or start an `espeak-ng` process per utterance (and kill it to cut).
enum SpeechBench {
    struct Figures {
        var firstSound = Latencies()
        var silence = Latencies()
        var wholeFirst = Latencies()
        var processFirst = Latencies()
        var processSilence = Latencies()
        var samples = 0
    }

    static func run(catalog: Catalog, presses: Int, log: (String) -> Void) throws -> Figures {
        var config = KioskConfig.defaults
        config.speech = SpeechSettings(output: .device(name: "null"))
        let app = KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: config)
        let synthesizer = try Synthesizer.shared()
        let player = SpeechPlayer(synthesizer: synthesizer, output: .card(try SoundCard(device: "null", sampleRate: synthesizer.sampleRate))) {
            FileHandle.standardError.write(Data("bench: speech: \($0)\n".utf8))
        }
        let moments = MomentClock()
        player.observe { moments.note($0) }
        var state = app.initialState(language: .vi, size: Size(width: 80, height: 24), now: Date(), speaking: true)
        for character in "khai sinh" { _ = app.update(&state, .key(.character(character))) }
        wait(player)
        var figures = Figures()
        figures.samples = presses
        log("speech: \(presses) keys to the first sound")
        // A row chosen, a procedure opened (its summary: several sentences), back to the list: what a listener
        // does most (down then up, so that the selection never sticks at the end of the list).
        let keys: [Key] = [.down, .enter, .escape, .up, .enter, .escape]
        var said: [String] = []
        for press in 0 ..< presses {
            let start = moments.reset()
            let effects = app.update(&state, .key(keys[press % keys.count]))
            send(effects, to: player)
            figures.firstSound.add(moments.wait(for: .firstSound) - start)
            for case .speak(let utterance) in effects { said.append(utterance.words) }
            wait(player)
        }
        log("speech: \(presses) keys to silence")
        let long = String(repeating: "Giấy tờ cần nộp gồm đơn đề nghị, bản sao giấy khai sinh và giấy tờ tùy thân. ", count: 12)
        for _ in 0 ..< presses {
            _ = moments.reset()
            player.say(Utterance(long, .vi))
            _ = moments.wait(for: .firstSound)
            let start = moments.reset()
            send(app.update(&state, .key(.function(21))), to: player)  // Shift+F9: stop
            figures.silence.add(moments.wait(for: .silenced) - start)
            wait(player)
        }
        log("speech: the alternatives, on the same words")
        for words in said.prefix(60) {
            figures.wholeFirst.time { _ = try? synthesizer.samples(words, voice: .vietnamese) }
            let (first, silence) = try processUtterance(words)
            figures.processFirst.add(first)
            figures.processSilence.add(silence)
        }
        return figures
    }

    private static func send(_ effects: [Effect], to player: SpeechPlayer) {
        for effect in effects {
            switch effect {
            case .speak(let utterance): player.say(utterance)
            case .stopSpeaking: player.stop()
            default: break
            }
        }
    }

    private static func wait(_ player: SpeechPlayer) {
        while !player.idle { usleep(500) }
    }

    /// `espeak-ng --stdout` started for one utterance: the time to its first sample after the WAV header, then
    /// the time to kill it and have it gone.
    private static func processUtterance(_ words: String) throws -> (first: UInt64, silence: UInt64) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/espeak-ng")
        process.arguments = ["-v", "vi", "--stdout", words]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        var read = 0
        while read <= 44 {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            read += chunk.count
        }
        let first = DispatchTime.now().uptimeNanoseconds - start
        let cut = DispatchTime.now().uptimeNanoseconds
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return (first, DispatchTime.now().uptimeNanoseconds - cut)
    }

    static func markdown(_ figures: Figures) -> String {
        func row(_ what: String, _ kiosk: Latencies, _ other: Latencies?, _ otherName: String) -> String {
            let ratio = other.map { String(format: "%.0f×", Double($0.percentile(50)) / Double(max(1, kiosk.percentile(50)))) } ?? ""
            return "| \(what) | \(Figure.duration(kiosk.percentile(50))) | \(Figure.duration(kiosk.percentile(99))) | "
                + (other.map { "\(otherName): \(Figure.duration($0.percentile(50))) / \(Figure.duration($0.percentile(99)))" } ?? "")
                + " | \(ratio) |"
        }
        return """
            Speech (\(figures.samples) keys each: ↓ or ↑ on a list, Enter on a procedure, Esc; the alternatives on the same words; ALSA's null device; goal under 100 ms)

            | From a key to | kiosk p50 | kiosk p99 | instead, p50 / p99 | instead ÷ kiosk (p50) |
            |---|---|---|---|---|
            \(row("the first sound", figures.firstSound, figures.wholeFirst, "made whole first"))
            \(row("the first sound", figures.firstSound, figures.processFirst, "a process per utterance"))
            \(row("silence (cut)", figures.silence, figures.processSilence, "kill the process"))
            """
    }
}

/// When the player reported a moment, read from the bench's thread.
private final class MomentClock: @unchecked Sendable {
    private let condition = NSCondition()
    private var seen: [SpeechPlayer.Moment: UInt64] = [:]

    /// Forgets what was seen; returns now.
    func reset() -> UInt64 {
        condition.lock()
        seen = [:]
        condition.unlock()
        return DispatchTime.now().uptimeNanoseconds
    }

    func note(_ moment: SpeechPlayer.Moment) {
        condition.lock()
        if seen[moment] == nil { seen[moment] = DispatchTime.now().uptimeNanoseconds }
        condition.broadcast()
        condition.unlock()
    }

    /// When `moment` came, or after 10 s without it, then (a figure no one can miss in the table).
    func wait(for moment: SpeechPlayer.Moment) -> UInt64 {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(10)
        while seen[moment] == nil, condition.wait(until: deadline) {}
        return seen[moment] ?? DispatchTime.now().uptimeNanoseconds
    }
}
