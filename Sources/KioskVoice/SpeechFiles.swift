import Foundation
import KioskSpeech
import ProcedureCatalog

/// Speech for tests and staff checks (`[speech] output = "file:DIR"`): each utterance a WAV file in DIR
/// (`0001.wav`, …) and its words a line of `DIR/transcript.txt`, the language first ("vi: …").
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

    /// Says `text` (a screen's words, numbers already in words) in `language`; returns the WAV file's path.
    @discardableResult
    public func speak(_ text: String, _ language: Language, voice: Voice? = nil) throws -> String {
        let words = SpokenText.words(text, language)
        let samples = try synthesizer.samples(words, voice: voice ?? .of(language))
        return try lock.withLock {
            count += 1
            let path = folder + "/" + String(format: "%04d.wav", count)
            try WAVFile.data(samples, sampleRate: synthesizer.sampleRate).write(to: URL(fileURLWithPath: path))
            let line = Data("\(language.rawValue): \(words.replacingOccurrences(of: "\n", with: " "))\n".utf8)
            let transcript = folder + "/transcript.txt"
            if let handle = FileHandle(forWritingAtPath: transcript) {
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: line)
            } else {
                try line.write(to: URL(fileURLWithPath: transcript))
            }
            return path
        }
    }
}
