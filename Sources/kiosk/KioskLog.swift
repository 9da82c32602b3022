import Foundation
import Glibc
import KioskConfiguration
import KioskOperations
import KioskRuntime
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

    /// This kiosk's pid file, for `kiosk reload`; nil (logged) when another kiosk with this kiosk.conf holds it
    /// or it cannot be written: the kiosk runs anyway and still notices catalog changes by itself.
    static func claimPidFile(config: KioskConfig, logger: Logger) -> KioskPidFile? {
        switch KioskPidFile.claim(pidFile(config: config)) {
        case .success(let file):
            // Every way a run ends is in the log: these two, which the ending process could not write, here.
            if let signal = file.crashedOf {
                logger.error("the previous run crashed", metadata: [
                    "signal": "\(signal)", "backtrace": "\(stderrPath(config: config))",
                ])
            } else if let pid = file.leftBy {
                logger.warning("the previous run ended without stopping: killed or a power cut", metadata: ["pid": "\(pid)"])
            }
            return file
        case .failure(let problem):
            logger.warning("pid file not taken: kiosk reload cannot reach this kiosk", metadata: [
                "pid_file": "\(pidFile(config: config))", "problem": "\(problem)",
            ])
            return nil
        }
    }

    /// A message written to the terminal while curses owns it would be lost or garble the screen, and a crash's
    /// backtrace is worth keeping: when stderr is the terminal, it goes to a file instead, rotated at each
    /// start once it passes the log's size cap (nothing else writes there now, but a kiosk runs for years).
    static func redirectStandardError(config: KioskConfig) {
        guard isatty(2) == 1 else { return }
        let path = stderrPath(config: config)
        LogFile.rotate(path, ifLargerThan: LogFile.defaultMaxBytes)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o640)
        guard descriptor >= 0 else { return }
        dup2(descriptor, 2)
        close(descriptor)
    }
}
