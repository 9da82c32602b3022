import Foundation
import Testing
@testable import KioskUI

/// Golden screens: the grid's text compared with a reviewed file under Golden/. Run with
/// `KIOSK_UPDATE_GOLDEN=1` to rewrite them after an intended change, then review the diff.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ screen: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = screen + "\n"
        if ProcessInfo.processInfo.environment["KIOSK_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("missing golden file \(file.path); run with KIOSK_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("screen differs from \(name).txt:\n--- expected\n\(expected)--- actual\n\(actual)",
                         sourceLocation: sourceLocation)
        }
    }

    /// What the screen shown says when it opens with speech on (on a speaker in the hall, or `privately` into
    /// headphones), compared with `NAME.spoken.txt` beside the golden screen. Every screen says more than its
    /// title, in words: no digit, no frame character.
    static func checkSpoken(_ session: Session, _ name: String, privately: Bool = false,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        var app = session.app
        app.speechAvailable = true
        app.speechPrivate = privately
        var state = session.state
        state.speaking = true
        let words = app.spoken(state)
        let title = state.top.feature.title(ScreenContext(app: app, state: state))
        #expect(words.count > title.count + 10, "\(name) says little more than its title: \(words)", sourceLocation: sourceLocation)
        #expect(!words.contains { $0.isNumber }, "\(name): \(words)", sourceLocation: sourceLocation)
        #expect(!words.unicodeScalars.contains { (0x2500 ... 0x25FF).contains($0.value) || $0 == "•" },
                "\(name) reads a frame: \(words)", sourceLocation: sourceLocation)
        check(words.replacingOccurrences(of: ". ", with: ".\n"), name + ".spoken", sourceLocation: sourceLocation)
    }
}
