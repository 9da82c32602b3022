import ArgumentParser
import KioskConfiguration

/// The kiosk's command line: the operator's tools.
struct Kiosk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Citizen look-up kiosk for administrative procedures (thủ tục hành chính).",
        version: KioskVersion.current,
        subcommands: [
            RunCommand.self, ValidateCommand.self, SearchCommand.self, ShowCommand.self, StatusCommand.self,
            CasesCommand.self, RatingsCommand.self, StaffCommand.self, GenerateCommand.self, PINHashCommand.self,
            ReloadCommand.self, DoctorCommand.self, DemoCommand.self,
            ImportCommand.self, BenchCommand.self, BenchLoadCommand.self, DatabaseCommand.self, FleetCommand.self,
            QueueCommand.self, BoardCommand.self, CounterCommand.self, OfficersCommand.self, PaymentsCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )
}
