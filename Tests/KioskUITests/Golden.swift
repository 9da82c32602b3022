import Foundation
import Testing

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
}
