import Foundation
import Glibc
import KioskConfiguration
import KioskOperations
import Logging

/// Where a running kiosk writes: the structured log (paths.log), stderr's file beside it, its pid file.
enum KioskLog {
    /// The structured log, or a logger that drops everything when the file cannot be written (the kiosk must
    /// run anyway; `kiosk doctor` reports it).
    static func start(config: KioskConfig) -> Logger {
        guard let file = try? LogFile(path: config.logPath) else {
            Output.error("cannot write the log \(config.logPath)")
            return Logger(label: "kiosk", factory: { _ in SwiftLogNoOpLogHandler() })
        }
        return Logger(label: "kiosk", factory: { FileLogHandler(label: $0, file: file) })
    }

    /// `var/kiosk.log` → `var/kiosk.stderr`.
    static func stderrPath(config: KioskConfig) -> String {
        (config.logPath as NSString).deletingPathExtension + ".stderr"
    }

    static func pidFile(config: KioskConfig) -> String {
        ((config.logPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("kiosk.pid")
    }

    /// A message written to the terminal while curses owns it would be lost or garble the screen, and a crash's
    /// backtrace is worth keeping: when stderr is the terminal, it goes to a file instead.
    static func redirectStandardError(config: KioskConfig) {
        guard isatty(2) == 1 else { return }
        let descriptor = open(stderrPath(config: config), O_WRONLY | O_CREAT | O_APPEND, 0o640)
        guard descriptor >= 0 else { return }
        dup2(descriptor, 2)
        close(descriptor)
    }
}
