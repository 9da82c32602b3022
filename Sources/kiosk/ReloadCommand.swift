import ArgumentParser
import Foundation
import Glibc
import KioskConfiguration

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
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), kill(pid, 0) == 0
        else {
            Output.error(vi ? "Không có kiosk nào đang chạy (\(file))." : "No kiosk is running (\(file)).")
            throw ExitCode(1)
        }
        kill(pid, SIGUSR1)
        print(vi ? "Đã yêu cầu kiosk \(pid) nạp lại danh mục; kết quả ghi trong \(config.logPath)."
            : "Asked kiosk \(pid) to reload the catalog; the outcome goes to \(config.logPath).")
    }
}
