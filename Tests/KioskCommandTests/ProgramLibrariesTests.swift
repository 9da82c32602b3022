import Foundation
import Testing

/// What the program loads at start: libespeak-ng and the sound libraries it brings are opened when speech is first
/// used (`EspeakLibrary`), so no command carries them (about 3 MB of every process's memory) before it speaks.
@Suite struct ProgramLibrariesTests {
    @Test func theProgramDoesNotLinkTheSpeechSynthesizer() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
        process.arguments = ["-d", Kiosk.binary.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("(NEEDED)"), "readelf printed no needed libraries")
        #expect(!text.contains("libespeak-ng"), "\(text)")
    }
}
