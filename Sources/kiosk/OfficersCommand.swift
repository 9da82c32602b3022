import ArgumentParser
import Foundation
import KioskConfiguration
import ProcedureCatalog
import QueueTickets

/// `kiosk officers add|list|remove|unlock`: the officers who sign in at the counters, kept with the queue (the
/// hall server's, or this machine's file). A PIN is read from standard input (never an argument: a process
/// list shows arguments) and kept only as its salted hash.
struct OfficersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officers",
        abstract: "Add, list, remove or unlock the officers who sign in at the counters.",
        subcommands: [Add.self, List.self, Remove.self, Unlock.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an officer (or give one a new name and PIN); the PIN, 6 to 12 digits, from standard input.")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The staff number, e.g. CB-0123 (letters, digits, -).")
        var staffNumber: String

        @Option(help: "The name the citizen's side of the counter shows.")
        var name: String

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            guard let staff = StaffNumber(staffNumber) else {
                Output.error(vi ? "Mã cán bộ \(staffNumber) không hợp lệ: 2 đến 16 chữ cái, chữ số hoặc dấu -."
                    : "Staff number \(staffNumber) is not valid: 2 to 16 letters, digits or -.")
                throw ExitCode(1)
            }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            // Shown on the counters' screens and printed by commands: no control characters.
            guard !trimmed.isEmpty, trimmed.count <= 80, CatalogText.firstControlCharacter(trimmed) == nil else {
                Output.error(vi ? "Cần tên cán bộ (tối đa 80 ký tự, không có ký tự điều khiển)."
                    : "A name is needed (at most 80 characters, no control characters).")
                throw ExitCode(1)
            }
            let pin = readLine(strippingNewline: true) ?? ""
            guard pin.count >= StaffPIN.fitLength, let hash = StaffPIN.hash(pin) else {
                Output.error(vi ? "Mã PIN phải có 6 đến 12 chữ số, đọc từ đầu vào chuẩn." : "The PIN must be 6 to 12 digits, read from standard input.")
                throw ExitCode(1)
            }
            let added = try CounterDatabase.run(config, vi) {
                try $0.saveOfficer(Officer(staffNumber: staff, name: trimmed), pinHash: hash)
            }
            Output.line(added ? (vi ? "Đã thêm cán bộ \(staff): \(trimmed)." : "Added officer \(staff): \(trimmed).")
                : (vi ? "Đã cập nhật tên và mã PIN của cán bộ \(staff)." : "Officer \(staff) has a new name and PIN."))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the officers.")

        @OptionGroup var options: CommonOptions

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            let officers = try CounterDatabase.run(config, vi) { try $0.officers() }
            if json {
                try Output.json(officers.map { OfficerJSON(staffNumber: $0.staffNumber.text, name: $0.name) })
                return
            }
            if officers.isEmpty { Output.line(vi ? "Chưa có cán bộ nào (kiosk officers add)." : "No officers yet (kiosk officers add).") }
            for officer in officers { Output.line("\(officer.staffNumber)\t\(officer.name)") }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an officer (signed out wherever they are).")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The staff number.")
        var staffNumber: String

        func run() throws {
            try OfficersCommand.onOfficer(staffNumber, options, { try $0.removeOfficer($1) }) { staff, vi in
                vi ? "Đã xóa cán bộ \(staff)." : "Removed officer \(staff)."
            }
        }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Forget an officer's wrong PINs (after checking who they are).")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The staff number.")
        var staffNumber: String

        func run() throws {
            try OfficersCommand.onOfficer(staffNumber, options, { try $0.unlockOfficer($1) }) { staff, vi in
                vi ? "Đã mở khóa cán bộ \(staff): đăng nhập lại được ngay." : "Unlocked officer \(staff): they may sign in again at once."
            }
        }
    }

    /// Does `body` to one officer by staff number; says `done`, or that there is no such officer (exit 1).
    static func onOfficer(_ staffNumber: String, _ options: CommonOptions, _ body: (any CounterQueue, StaffNumber) throws -> Bool,
                          done: (StaffNumber, Bool) -> String) throws {
        let config = try options.loadConfig()
        let vi = options.language(config) == .vi
        let staff = try OfficersCommand.staff(staffNumber, vi)
        guard try CounterDatabase.run(config, vi, { try body($0, staff) }) else {
            Output.error(vi ? "Không có cán bộ \(staff)." : "No officer \(staff).")
            throw ExitCode(1)
        }
        Output.line(done(staff, vi))
    }

    static func staff(_ text: String, _ vi: Bool) throws -> StaffNumber {
        guard let staff = StaffNumber(text) else {
            Output.error(vi ? "Mã cán bộ \(text) không hợp lệ." : "Staff number \(text) is not valid.")
            throw ExitCode(1)
        }
        return staff
    }
}

struct OfficerJSON: Encodable {
    var staffNumber: String
    var name: String

    enum CodingKeys: String, CodingKey {
        case staffNumber = "staff_number"
        case name
    }
}
