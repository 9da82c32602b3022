import Foundation
import KioskSpeech
import ProcedureCatalog

/// Speech for tests and staff checks (`[speech] output = "file:DIR"`): each utterance a WAV file in DIR
/// (`0001.wav`, …) and its words a line of `DIR/transcript.txt`, the language first ("vi: …"); a chime is a
/// file too, its line "chime".
public final class SpeechFiles: @unchecked Sendable {
    public let folder: String
    private let synthesizer: Synthesizer
    private let lock = NSLock()
    private var count = 0

    public init(folder: String, synthesizer: Synthesizer) throws {
        self.folder = folder
        self.synthesizer = synthesizer
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        count = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".wav") }.count
    }

    /// Says an utterance (its words already in words) in its voice; returns the WAV file's path.
    @discardableResult
    public func speak(_ utterance: Utterance, vietnamese: Voice = .vietnamese) throws -> String {
        let samples = try synthesizer.samples(utterance.words, voice: .of(utterance.language, vietnamese: vietnamese),
                                              rate: utterance.rate.espeakRate, volume: utterance.volume.espeakVolume)
        let line = "\(utterance.language.rawValue): \(utterance.words.replacingOccurrences(of: "\n", with: " "))"
        return try write(samples, line: line)
    }

    /// Writes the chime that comes before a call.
    @discardableResult
    public func chime(volume: SpeechLevel) throws -> String {
        try write(Chime.samples(sampleRate: synthesizer.sampleRate, volume: volume), line: "chime")
    }

    private func write(_ samples: [Int16], line: String) throws -> String {
        try lock.withLock {
            count += 1
            let path = folder + "/" + String(format: "%04d.wav", count)
            try WAVFile.data(samples, sampleRate: synthesizer.sampleRate).write(to: URL(fileURLWithPath: path))
            let data = Data((line + "\n").utf8)
            let transcript = folder + "/transcript.txt"
            if let handle = FileHandle(forWritingAtPath: transcript) {
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: data)
            } else {
                try data.write(to: URL(fileURLWithPath: transcript))
            }
            return path
        }
    }
}
