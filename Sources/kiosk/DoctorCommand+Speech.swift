import Foundation
import KioskConfiguration
import KioskVoice

extension DoctorCommand {
    /// Speech: the voices espeak-ng must have (the Vietnamese voice kiosk.conf names, and English), and where
    /// the words go (the sound device opens, or the folder can be written). Nothing is played: a check must not
    /// speak in a hall.
    func checkSpeech(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        guard let speech = config.speech else {
            note(.ok, "Không đọc to màn hình (speech.output trống): trang chủ không có ô Đọc to, phím F9 không làm gì.",
                 "No reading aloud (speech.output is empty): home has no Read aloud tile, F9 does nothing.")
            return
        }
        let synthesizer: Synthesizer
        do {
            synthesizer = try Synthesizer.shared()
            for voice in [Voice(name: speech.vietnameseVoice), .english] where try synthesizer.samples("xin chào", voice: voice).isEmpty {
                note(.failure, "Giọng \(voice.name) không phát ra âm thanh.", "The voice \(voice.name) makes no sound.")
                return
            }
        } catch {
            note(.failure, "Không đọc to được: \(error). Cài espeak-ng-data.", "Cannot read aloud: \(error). Install espeak-ng-data.")
            return
        }
        let audience = speech.audience == .hall
            ? ("loa trong sảnh: không đọc thông tin cá nhân", "a hall speaker: nothing personal is read")
            : ("tai nghe: đọc mọi thứ trên màn hình", "headphones: everything on the screen is read")
        switch speech.output {
        case .device(let name):
            do {
                _ = try SoundCard(device: name, sampleRate: synthesizer.sampleRate)
                note(.ok, "Đọc to: giọng \(speech.vietnameseVoice) và en, thiết bị âm thanh \(name) mở được; \(audience.0).",
                     "Reading aloud: voices \(speech.vietnameseVoice) and en, sound device \(name) opens; \(audience.1).")
            } catch {
                note(.failure, "Đọc to: \(error). Kiosk chạy nhưng không có ô Đọc to (aplay -L liệt kê các thiết bị).",
                     "Reading aloud: \(error). The kiosk runs without the Read aloud tile (aplay -L lists the devices).")
            }
        case .files(let folder):
            if (try? SpeechFiles(folder: folder, synthesizer: synthesizer)) != nil, FileManager.default.isWritableFile(atPath: folder) {
                note(.warning, "Đọc to vào tệp trong \(folder) (để kiểm thử), không ra loa.",
                     "Reading aloud into files in \(folder) (for tests), not to a speaker.")
            } else {
                note(.failure, "Đọc to: không ghi được vào \(folder).", "Reading aloud: cannot write to \(folder).")
            }
        }
    }
}
