import CESpeakNG
import Foundation
import ProcedureCatalog

/// Debian's espeak-ng in this process (libespeak-ng): words in, 16-bit mono samples out, with no process
/// started per utterance. The library keeps one state for the whole process and is not thread-safe: there is
/// one synthesizer, and every call holds its lock.
public final class Synthesizer: @unchecked Sendable {
    public let sampleRate: Int
    private let lock = NSLock()

    /// Why speech cannot be made: the library found no data, or no voice of that name.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The process's synthesizer, set up at first use (a fraction of a second: the voice data are read).
    public static func shared() throws(Failure) -> Synthesizer {
        try sharedResult.get()
    }

    private static let sharedResult: Result<Synthesizer, Failure> = EspeakLibrary.open().flatMap { library in
        // Pieces of 20 ms: the first sound can start as soon as the first piece is made.
        let rate = library.initialize(AUDIO_OUTPUT_SYNCHRONOUS, 20, nil, Int32(espeakINITIALIZE_DONT_EXIT))
        guard rate > 0 else {
            return .failure(Failure(description: "espeak-ng found no voice data (Debian: espeak-ng-data)"))
        }
        library.setSynthCallback(collect)
        return .success(Synthesizer(library, sampleRate: Int(rate)))
    }

    private let library: EspeakLibrary

    private init(_ library: EspeakLibrary, sampleRate: Int) {
        self.library = library
        self.sampleRate = sampleRate
    }

    /// The samples of `text` said by `voice`, at `rate` words a minute and `volume` (0–200, 100 as made).
    public func samples(_ text: String, voice: Voice, rate: Int = espeakRATE_NORMAL_VALUE, volume: Int = 100)
        throws(Failure) -> [Int16]
    {
        var samples: [Int16] = []
        try speak(text, voice: voice, rate: rate, volume: volume) { chunk in
            samples.append(contentsOf: chunk)
            return true
        }
        return samples
    }

    /// Says `text`, handing each piece of sound to `sink` as soon as it is made (a few tens of milliseconds
    /// each), so that playing starts before the whole text is made; `sink` returns false to stop making it.
    public func speak(_ text: String, voice: Voice, rate: Int = espeakRATE_NORMAL_VALUE, volume: Int = 100,
                      into sink: (UnsafeBufferPointer<Int16>) -> Bool) throws(Failure)
    {
        lock.lock()
        defer { lock.unlock() }
        guard library.setVoiceByName(voice.name) == EE_OK else {
            throw Failure(description: "espeak-ng has no voice \(voice.name)")
        }
        _ = library.setParameter(espeakRATE, Int32(max(80, min(450, rate))), 0)
        _ = library.setParameter(espeakVOLUME, Int32(max(0, min(200, volume))), 0)
        let bytes = Array(text.utf8CString)
        let status = withoutActuallyEscaping(sink) { sink in
            Collected.sink = sink
            defer { Collected.sink = nil }
            return bytes.withUnsafeBufferPointer { buffer in
                library.synth(buffer.baseAddress, buffer.count, 0, POS_CHARACTER, 0, UInt32(espeakCHARS_UTF8), nil, nil)
            }
        }
        guard status == EE_OK else { throw Failure(description: "espeak-ng could not speak (error \(status.rawValue))") }
    }
}

/// espeak-ng's normal rate, as an Int.
public let espeakRATE_NORMAL_VALUE = Int(espeakRATE_NORMAL)

/// Where the library's callback hands samples: only touched under the synthesizer's lock (the callback runs
/// inside `espeak_Synth`, on the caller's thread, in synchronous mode).
private enum Collected {
    nonisolated(unsafe) static var sink: ((UnsafeBufferPointer<Int16>) -> Bool)?
}

/// espeak-ng's callback: 0 goes on, 1 stops the synthesis.
private func collect(_ samples: UnsafeMutablePointer<Int16>?, _ count: Int32, _ events: UnsafeMutablePointer<espeak_EVENT>?) -> Int32 {
    guard let samples, count > 0, let sink = Collected.sink else { return 0 }
    return sink(UnsafeBufferPointer(start: samples, count: Int(count))) ? 0 : 1
}
