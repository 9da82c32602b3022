import Foundation
import KioskSpeech

/// The two notes a hall plays before it calls a number ("ding-dong": E5 then C5, 0.35 s each, fading), so that
/// people look up before the words start.
public enum Chime {
    public static func samples(sampleRate: Int, volume: SpeechLevel = .standard) -> [Int16] {
        let peak = 9_000.0 * Double(volume.espeakVolume) / 100
        return note(659.25, seconds: 0.35, sampleRate, peak) + note(523.25, seconds: 0.5, sampleRate, peak)
    }

    private static func note(_ frequency: Double, seconds: Double, _ sampleRate: Int, _ peak: Double) -> [Int16] {
        let count = Int(seconds * Double(sampleRate))
        return (0 ..< count).map { index in
            let t = Double(index) / Double(sampleRate)
            let attack = min(1, t / 0.01)
            let fade = exp(-3 * t / seconds)
            return Int16(max(-32_000, min(32_000, peak * attack * fade * sin(2 * .pi * frequency * t))))
        }
    }
}
