import CESpeakNG
import Foundation

/// libespeak-ng, opened when speech is first wanted rather than linked: the library and what it brings (the
/// PulseAudio client, X11, codecs: about 3 MB of a process's memory) stay out of every command and kiosk that
/// never speaks, and a machine without the library runs the kiosk all the same, without speech.
struct EspeakLibrary {
    typealias Initialize = @convention(c) (espeak_AUDIO_OUTPUT, Int32, UnsafePointer<CChar>?, Int32) -> Int32
    typealias Callback = @convention(c) (UnsafeMutablePointer<Int16>?, Int32, UnsafeMutablePointer<espeak_EVENT>?) -> Int32
    typealias SetSynthCallback = @convention(c) (Callback?) -> Void
    typealias SetVoiceByName = @convention(c) (UnsafePointer<CChar>?) -> espeak_ERROR
    typealias SetParameter = @convention(c) (espeak_PARAMETER, Int32, Int32) -> espeak_ERROR
    typealias Synth = @convention(c) (UnsafeRawPointer?, Int, UInt32, espeak_POSITION_TYPE, UInt32, UInt32,
                                      UnsafeMutablePointer<UInt32>?, UnsafeMutableRawPointer?) -> espeak_ERROR

    let initialize: Initialize
    let setSynthCallback: SetSynthCallback
    let setVoiceByName: SetVoiceByName
    let setParameter: SetParameter
    let synth: Synth

    /// The soname Debian's libespeak-ng1 installs.
    static let soname = "libespeak-ng.so.1"

    /// The library's functions, or why they cannot be had.
    static func open(_ soname: String = soname) -> Result<EspeakLibrary, Synthesizer.Failure> {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? soname
            return .failure(Synthesizer.Failure(description: "espeak-ng is not installed (Debian: libespeak-ng1): \(reason)"))
        }
        func function<T>(_ name: String, _: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: T.self) }
        }
        guard let initialize = function("espeak_Initialize", Initialize.self),
              let setSynthCallback = function("espeak_SetSynthCallback", SetSynthCallback.self),
              let setVoiceByName = function("espeak_SetVoiceByName", SetVoiceByName.self),
              let setParameter = function("espeak_SetParameter", SetParameter.self),
              let synth = function("espeak_Synth", Synth.self)
        else {
            return .failure(Synthesizer.Failure(description: "\(soname) lacks a function the kiosk calls"))
        }
        return .success(EspeakLibrary(initialize: initialize, setSynthCallback: setSynthCallback,
                                      setVoiceByName: setVoiceByName, setParameter: setParameter, synth: synth))
    }
}
