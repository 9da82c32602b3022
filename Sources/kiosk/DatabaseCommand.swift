import ArgumentParser
import Foundation
import HallDatabase
import KioskConfiguration
import Logging

/// `kiosk database migrate`: brings the hall server's schema to this program's version (the operator, with the
/// database owner's role; kiosks may not change the schema).
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "database",
        abstract: "The hall's PostgreSQL server: bring its schema up to this program's version.",
        subcommands: [MigrateCommand.self]
    )

    struct MigrateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Apply the schema steps the hall server lacks, and grant the kiosk and office roles their rights."
        )

        @OptionGroup var options: CommonOptions

        @Option(help: "The owner's URL (postgresql://OWNER@HOST:PORT/DATABASE?sslmode=…); default: [database] url.")
        var url: String?

        @Option(help: "Stop at this schema version (for tests of an older server).")
        var to: Int = HallSchema.version

        func run() throws {
            var config = try options.loadConfig()
            let vi = options.language(config) == .vi
            if let url {
                switch HallServerAddress.parse(url) {
                case .success(let address):
                    // The owner's password is not the kiosk's: PGPASSFILE (or ~/.pgpass) holds it.
                    config.hallServer = address
                    config.hallPasswordFile = nil
                case .failure(let problem):
                    Output.error("--url: \(problem.expected)")
                    throw ExitCode(2)
                }
            }
            guard let server = try HallConnection.server(config, connections: 1) else {
                Output.error(vi ? "kiosk.conf không có [database] url, và không có --url."
                    : "kiosk.conf has no [database] url, and no --url was given.")
                throw ExitCode(2)
            }
            do {
                // On a connection of its own first: a refused login is said at once, not after the pool's retries.
                _ = try server.probe(within: 10)
                let (from, to) = try server.migrate(to: to, logger: Logger(label: "kiosk.migrate"))
                print(from == to
                    ? (vi ? "Lược đồ đã ở phiên bản \(to)." : "The schema is at version \(to) already.")
                    : (vi ? "Đã nâng lược đồ từ phiên bản \(from) lên \(to)." : "Schema brought from version \(from) to \(to)."))
            } catch {
                Output.error("\(server.client.address): \(Output.problem(error, options.language(config)))")
                throw ExitCode(1)
            }
        }
    }
}
