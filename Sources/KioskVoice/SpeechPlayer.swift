import Foundation
import KioskSpeech
import ProcedureCatalog

/// The kiosk's voice, off the input loop: one thread that makes each utterance with the synthesizer and plays
/// it on the sound card as it is made (or writes it to files). A kiosk screen's words cut what was being said;
/// the board's calls queue behind each other and never overlap. `stop` silences the card within one 10 ms
/// piece.
public final class SpeechPlayer: @unchecked Sendable {
    public enum Output {
        case card(SoundCard)
        case files(SpeechFiles)
    }

    /// What the player can be asked to play.
    public enum Sound: Equatable, Sendable {
        case words(Utterance)
        case chime(SpeechLevel)
    }

    /// When sound starts and stops, for `kiosk bench` (called on the player's thread).
    public enum Moment: Equatable, Sendable {
        /// The first piece of a sound was handed to the card.
        case firstSound
        /// A sound was cut and the card is silent.
        case silenced
        /// A sound was played to its end.
        case finished
    }

    private let synthesizer: Synthesizer
    private let output: Output
    private let vietnamese: Voice
    private let problem: @Sendable (String) -> Void
    private let condition = NSCondition()
    private var pending: [Sound] = []
    /// Moved on by every cut: a sound being played stops when it is no longer the one it started under.
    private var generation = 0
    private var moments: (@Sendable (Moment) -> Void)?

    /// `problem` is told (in English, for the log) when a sound cannot be made or played.
    public init(synthesizer: Synthesizer, output: Output, vietnamese: Voice = .vietnamese,
                problem: @escaping @Sendable (String) -> Void) {
        self.synthesizer = synthesizer
        self.output = output
        self.vietnamese = vietnamese
        self.problem = problem
        // The thread holds the player: a player lives as long as its process (one for the kiosk, one for the
        // board), and its thread never waits on a condition that has gone.
        let thread = Thread { [self] in self.run() }
        thread.name = "kiosk.speech"
        thread.start()
    }

    /// Says `utterance` at once, cutting what was being said or waiting.
    public func say(_ utterance: Utterance) {
        play([.words(utterance)], cutting: true)
    }

    /// Plays `sounds` after what is queued (or, `cutting`, instead of it).
    public func play(_ sounds: [Sound], cutting: Bool = false) {
        condition.lock()
        if cutting {
            generation += 1
            pending = sounds
        } else {
            pending += sounds
        }
        condition.signal()
        condition.unlock()
    }

    /// Silence now, and nothing of what was queued.
    public func stop() {
        condition.lock()
        generation += 1
        pending = []
        condition.unlock()
    }

    /// Watches when sound starts and stops (the bench).
    public func observe(_ moments: (@Sendable (Moment) -> Void)?) {
        condition.lock()
        self.moments = moments
        condition.unlock()
    }

    /// Whether nothing is queued or playing (tests and the bench wait for it).
    public var idle: Bool {
        condition.lock()
        defer { condition.unlock() }
        return pending.isEmpty && !busy
    }

    private var busy = false

    private func run() {
        while true {
            condition.lock()
            while pending.isEmpty { condition.wait() }
            let sound = pending.removeFirst()
            let started = generation
            let moments = moments
            busy = true
            condition.unlock()
            let cancelled = { [self] in
                condition.lock()
                defer { condition.unlock() }
                return generation != started
            }
            play(sound, cancelled: cancelled, moments: moments)
            condition.lock()
            busy = false
            condition.unlock()
        }
    }

    private func play(_ sound: Sound, cancelled: @escaping () -> Bool, moments: (@Sendable (Moment) -> Void)?) {
        switch output {
        case .files(let files):
            do {
                switch sound {
                case .words(let utterance): try files.speak(utterance, vietnamese: vietnamese)
                case .chime(let volume): try files.chime(volume: volume)
                }
            } catch {
                problem("speech not written: \(error)")
            }
        case .card(let card):
            var first = true
            var completed = true
            let sink = { (chunk: UnsafeBufferPointer<Int16>) -> Bool in
                if first {
                    first = false
                    moments?(.firstSound)
                }
                do {
                    let played = try card.play(chunk, cancelled: cancelled)
                    completed = completed && played
                    return played
                } catch {
                    self.problem("\(error)")
                    completed = false
                    return false
                }
            }
            do {
                switch sound {
                case .words(let utterance):
                    try synthesizer.speak(utterance.words, voice: .of(utterance.language, vietnamese: vietnamese),
                                          rate: utterance.rate.espeakRate, volume: utterance.volume.espeakVolume, into: sink)
                case .chime(let volume):
                    Chime.samples(sampleRate: card.sampleRate, volume: volume).withUnsafeBufferPointer { _ = sink($0) }
                }
            } catch {
                problem("speech not made: \(error)")
            }
            if completed { card.finish(cancelled: cancelled) }
            moments?(cancelled() ? .silenced : .finished)
        }
    }
}
