import Foundation

/// Where tests put their temporary files: one folder per test process under the system's temporary folder,
/// removed when the process ends, so a run leaves nothing behind however its tests end.
public enum TestScratch {
    public static let root: String = {
        let path = NSTemporaryDirectory() + "kiosk-tests-\(ProcessInfo.processInfo.processIdentifier)/"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestScratch.root) }
        return path
    }()
}
