import ArgumentParser
import Foundation
import ProcedureCatalog

/// `kiosk generate`: a synthetic catalog for benchmarks and tests, never for a real kiosk.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic catalog (clearly marked, deterministic from the seed) for benchmarks and tests."
    )

    @Option(name: .long, help: "Number of procedures (1 to 1,000,000).")
    var procedures: Int

    @Option(name: .long, help: "Seed: the same seed writes the same catalog.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Procedures per file.")
    var perFile: Int = 500

    @Option(name: .long, help: "Folder to write (must not exist, or be empty).")
    var out: String

    func validate() throws {
        guard (1...1_000_000).contains(procedures) else {
            throw ValidationError("--procedures must be between 1 and 1000000.")
        }
        guard perFile > 0 else { throw ValidationError("--per-file must be at least 1.") }
    }

    func run() throws {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: out), !existing.isEmpty {
            Output.error("\(out) exists and is not empty; choose another folder.")
            throw ExitCode(1)
        }
        do {
            try SyntheticCatalog(procedureCount: procedures, seed: seed, perFile: perFile).write(to: out)
        } catch {
            Output.error("Cannot write \(out): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Wrote a synthetic catalog of \(procedures) procedures to \(out) (seed \(seed)).")
    }
}
