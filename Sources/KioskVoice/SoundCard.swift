import CALSA
import Foundation

/// An ALSA playback device (`[speech] output = "alsa:NAME"`), 16-bit mono at the synthesizer's rate, with a
/// short buffer (about 80 ms) so that a cut is heard at once: sound is written in pieces of 10 ms and the
/// writer asks between pieces whether to stop. Used from one thread (`SpeechPlayer`'s).
public final class SoundCard: @unchecked Sendable {
    public let device: String
    public let sampleRate: Int
    private let pcm: OpaquePointer

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public init(device: String, sampleRate: Int) throws(Failure) {
        kiosk_alsa_quiet()
        var handle: OpaquePointer?
        var status = snd_pcm_open(&handle, device, SND_PCM_STREAM_PLAYBACK, 0)
        guard status >= 0, let handle else { throw Self.failure("cannot open sound device \(device)", status) }
        status = snd_pcm_set_params(handle, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED, 1, UInt32(sampleRate),
                                    1, 80_000)
        guard status >= 0 else {
            snd_pcm_close(handle)
            throw Self.failure("sound device \(device) refuses 16-bit mono at \(sampleRate) Hz", status)
        }
        self.device = device
        self.sampleRate = sampleRate
        pcm = handle
    }

    deinit { snd_pcm_close(pcm) }

    private static func failure(_ what: String, _ status: Int32) -> Failure {
        Failure(description: what + ": " + String(cString: snd_strerror(status)))
    }

    /// Plays `samples`, 10 ms at a time; stops as soon as `cancelled` says so (returns false, the device
    /// silenced). A write the device refuses (an underrun, a device gone) is recovered once, else reported.
    public func play(_ samples: UnsafeBufferPointer<Int16>, cancelled: () -> Bool) throws(Failure) -> Bool {
        guard let base = samples.baseAddress else { return true }
        let piece = max(1, sampleRate / 100)
        var offset = 0
        while offset < samples.count {
            if cancelled() {
                silence()
                return false
            }
            let count = min(piece, samples.count - offset)
            let written = snd_pcm_writei(pcm, base + offset, snd_pcm_uframes_t(count))
            if written < 0 {
                let status = snd_pcm_recover(pcm, Int32(written), 1)
                if status < 0 { throw Self.failure("sound device \(device) stopped", status) }
                continue
            }
            offset += Int(written)
        }
        return true
    }

    /// Waits until what was written has been heard, or until `cancelled` (then silenced).
    public func finish(cancelled: () -> Bool) {
        while true {
            var delay: snd_pcm_sframes_t = 0
            guard snd_pcm_delay(pcm, &delay) >= 0, delay > 0 else { break }
            if cancelled() {
                silence()
                return
            }
            usleep(5_000)
        }
        // The last part of a period is played only on a drain; then the device is made ready again.
        snd_pcm_drain(pcm)
        snd_pcm_prepare(pcm)
    }

    /// Silence at once: what is buffered is dropped, and the device is ready for the next words.
    public func silence() {
        snd_pcm_drop(pcm)
        snd_pcm_prepare(pcm)
    }
}
