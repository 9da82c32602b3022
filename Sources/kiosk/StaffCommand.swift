import ArgumentParser
import Foundation
import KioskConfiguration
import KioskOperations
import ProcedureCatalog

/// `kiosk staff …`: the staff exit's guess limit, for someone with access to the machine (ssh, another
/// console). The kiosk's own screen never says whether the exit is paused or locked.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Show or clear the wrong staff PINs that pause or lock the exit chord.",
        subcommands: [UnlockCommand.self, StatusCommand.self]
    )

    /// `kiosk staff unlock`: the exit chord opens the PIN screen again, at once (the running kiosk reads the
    /// record at each chord).
    struct UnlockCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unlock",
            abstract: "Forget the wrong staff PINs: the exit chord asks for the PIN again at once."
        )

        @OptionGroup var options: CommonOptions

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            let file = StaffExitFile(path: config.staffExitPath)
            let before: StaffPINFailures?
            do {
                before = try file.clear()
            } catch {
                Output.error((vi ? "Không ghi được " : "Cannot write ") + "\(error)"
                    + (vi ? " (chạy bằng người dùng của kiosk: sudo -u kiosk …)." : " (run as the kiosk's user: sudo -u kiosk …)."))
                throw ExitCode(1)
            }
            guard let before else {
                Output.line(vi ? "Đã thay tệp ghi hỏng \(file.path): tổ hợp phím thoát hỏi mã PIN trở lại."
                    : "Replaced the damaged record \(file.path): the exit chord asks for the PIN again.")
                return
            }
            let count = before.times.count
            print(before.isEmpty
                ? (vi ? "Không có mã PIN sai nào được ghi: tổ hợp phím thoát vẫn mở." : "No wrong PINs on record: the exit chord was open.")
                : (vi ? "Đã xóa \(count) lần nhập sai mã PIN: tổ hợp phím thoát hỏi mã PIN trở lại."
                    : "Cleared \(count) wrong PIN(s): the exit chord asks for the PIN again."))
        }
    }

    /// `kiosk staff status`: the wrong PINs of the last 24 hours and what the chord does now.
    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "How many wrong staff PINs in the last 24 hours, and whether the exit chord is paused or locked."
        )

        @OptionGroup var options: CommonOptions

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let report = StaffExitReport.make(config: config, at: Date())
            Output.line(language == .vi ? report.vi : report.en)
        }
    }
}

/// What the record of wrong staff PINs means now, in both languages (for `kiosk staff status` and `doctor`).
struct StaffExitReport {
    enum Verdict { case open, paused, locked, unreadable }
    let verdict: Verdict
    let vi: String
    let en: String

    static func make(config: KioskConfig, at now: Date, policy: StaffExitPolicy = StaffExitPolicy()) -> StaffExitReport {
        let file = StaffExitFile(path: config.staffExitPath)
        let failures: StaffPINFailures
        do {
            failures = try file.read()
        } catch {
            return StaffExitReport(verdict: .unreadable,
                                   vi: "Không đọc được \(error): tổ hợp phím thoát bị khóa; chạy `kiosk staff unlock`.",
                                   en: "Cannot read \(error): the exit chord is locked; run `kiosk staff unlock`.")
        }
        if let problem = file.writeProblem() {
            return StaffExitReport(verdict: .unreadable,
                                   vi: "Không ghi được hồ sơ mã PIN sai (\(problem)): tổ hợp phím thoát bị khóa đến khi ghi được.",
                                   en: "The wrong-PIN record cannot be written (\(problem)): the exit chord is locked until it can be.")
        }
        let count = failures.count(within: policy.window, at: now)
        let time = { (date: Date) in date.formatted(.iso8601) }
        switch policy.verdict(failures, at: now) {
        case .open:
            return StaffExitReport(verdict: .open,
                                   vi: "Tổ hợp phím thoát mở (\(count) lần sai mã PIN trong 24 giờ).",
                                   en: "The exit chord is open (\(count) wrong PIN(s) in 24 hours).")
        case .paused(let until):
            return StaffExitReport(verdict: .paused,
                                   vi: "Tổ hợp phím thoát tạm dừng đến \(time(until)) sau \(count) lần sai mã PIN (`kiosk staff unlock` mở lại).",
                                   en: "The exit chord is paused until \(time(until)) after \(count) wrong PIN(s) (`kiosk staff unlock` opens it).")
        case .locked(let until):
            return StaffExitReport(verdict: .locked,
                                   vi: "Tổ hợp phím thoát bị khóa đến \(time(until)) sau \(count) lần sai mã PIN: chạy `kiosk staff unlock`.",
                                   en: "The exit chord is locked until \(time(until)) after \(count) wrong PIN(s): run `kiosk staff unlock`.")
        }
    }
}
