import ArgumentParser
import Foundation
import Glibc
import KioskConfiguration
import KioskRuntime

/// `kiosk reload`: the running kiosk reloads the catalog now (it also notices changes by itself).
struct ReloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Ask the running kiosk to reload the catalog now (it keeps the old one if the new one is invalid)."
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        let config = try options.loadConfig()
        let file = KioskLog.pidFile(config: config)
        let vi = options.language(config) == .vi
        // Only a kiosk holding its pid file's lock now is signalled: never a pid left behind or written by hand.
        let pid: pid_t
        switch KioskPidFile.running(file) {
        case .running(let found):
            pid = found
        case .none(let reason):
            Output.error(vi ? "Không có kiosk nào đang chạy (\(reason))." : "No kiosk is running (\(reason)).")
            throw ExitCode(1)
        }
        guard kill(pid, SIGUSR1) == 0 else {
            Output.error((vi ? "Không gửi được yêu cầu tới kiosk \(pid): " : "Cannot signal kiosk \(pid): ")
                + String(cString: strerror(errno)))
            throw ExitCode(1)
        }
        print(vi ? "Đã yêu cầu kiosk \(pid) nạp lại danh mục; kết quả ghi trong \(config.logPath)."
            : "Asked kiosk \(pid) to reload the catalog; the outcome goes to \(config.logPath).")
    }
}
