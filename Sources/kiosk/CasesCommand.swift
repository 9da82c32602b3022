import ArgumentParser
import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import ProcedureCatalog

/// `kiosk cases …`: the case database's operator tools.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "Seed the demo cases, import a one-door export, change a case's status, lift a look-up lock.",
        subcommands: [SeedCommand.self, ImportCommand.self, SetStatusCommand.self, UnlockCommand.self,
                      LocksCommand.self]
    )

    /// `kiosk cases seed`: the demo cases of Catalog/demo-cases.yaml, dated from today.
    struct SeedCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "seed",
            abstract: "Replace the demo cases with those of Catalog/demo-cases.yaml, dated from today; list them."
        )

        @OptionGroup var options: CommonOptions

        func run() throws {
            let config = try options.loadConfig()
            let catalog = try options.loadCatalog(config)
            let office = try open(config, options)
            let cases: [(key: String, case: IncomingCase)]
            do {
                cases = try CaseDatabase.demoCases(config: config, catalog: catalog,
                                                   catalogFolder: options.catalog ?? config.catalogPath)
                try office.replaceDemo(with: cases.map(\.case))
            } catch let error as DemoProblems {
                for problem in error.problems { Output.error(CatalogText.inert(problem.description)) }
                throw ExitCode(1)
            } catch {
                Output.error("\(office.place): \(Output.problem(error, options.language(config)))")
                throw ExitCode(1)
            }
            // Staff need the numbers and the ID digits to show the look-up; these people are invented.
            // (from the demo file: the database keeps only their keyed hash).
            for (key, incoming) in cases {
                let record = incoming.record
                Output.line("\(record.receipt)  \(incoming.owner.idLast4)  \(String(record.status.rawValue).leftPadded(to: 2, with: " "))  \(key)")
            }
            let language = options.language(config)
            Output.error(language == .vi ? "Đã nạp \(cases.count) hồ sơ mẫu vào \(office.place)."
                : "Seeded \(cases.count) demo cases into \(office.place).")
        }
    }

    /// `kiosk cases import FILE.csv`: the good rows imported, the bad ones reported by line.
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a one-door system's CSV export (columns in docs/cases.md); report bad rows by line."
        )

        @OptionGroup var options: CommonOptions

        @Argument(help: "The CSV file (UTF-8, a header row).")
        var file: String

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let vi = language == .vi
            let data = try Output.contents(of: file, vi: vi)
            let catalog = try options.loadCatalog(config)
            let result = CaseImport.read(csv: String(decoding: data, as: UTF8.self),
                                         procedureCodes: Set(catalog.procedures.map(\.code.description)))
            for problem in result.problems { Output.error(problem.text(file: file, in: language)) }
            let office = try open(config, options)
            do {
                // Reduced before anything is written: full ID numbers and phones never reach the file or server.
                try office.save(result.cases)
            } catch {
                Output.error("\(office.place): \(Output.problem(error, options.language(config)))")
                throw ExitCode(1)
            }
            let bad = result.problems.filter { $0.line != nil && $0.line! > 1 }.count
            print(vi ? "Đã nhập \(result.cases.count) hồ sơ; \(bad) dòng lỗi bị bỏ qua."
                : "Imported \(result.cases.count) case(s); \(bad) bad row(s) left out.")
            if !result.problems.isEmpty { throw ExitCode(1) }
        }
    }

    /// `kiosk cases set-status RECEIPT CODE`: what the back office does when a case moves on.
    struct SetStatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-status",
            abstract: "Set a case's status code (1–10), as the back office does."
        )

        @OptionGroup var options: CommonOptions

        @Argument(help: "The receipt number.")
        var receipt: String

        @Argument(help: "The status code, 1–10.")
        var status: Int

        func run() throws {
            let config = try options.loadConfig()
            guard let number = ReceiptNumber(parsing: receipt), let code = CaseStatus(rawValue: status) else {
                Output.error("usage: kiosk cases set-status RECEIPT 1…10")
                throw ExitCode(2)
            }
            let office = try open(config, options)
            let vi = options.language(config) == .vi
            do {
                guard try office.setStatus(number, code) else {
                    Output.error(vi ? "Không có hồ sơ \(number) trong \(office.place)." : "No case \(number) in \(office.place).")
                    throw ExitCode(1)
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                Output.error("\(office.place): \(Output.problem(error, options.language(config)))")
                throw ExitCode(1)
            }
        }
    }
}

extension CasesCommand {
    /// `kiosk cases unlock RECEIPT`: staff lift the lock (or cool-down) of a receipt number after checking the
    /// citizen's papers at the desk.
    struct UnlockCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unlock",
            abstract: "Lift the look-up lock or cool-down of a receipt number (after too many failed look-ups)."
        )

        @OptionGroup var options: CommonOptions

        @Argument(help: "The receipt number, as printed on the slip.")
        var receipt: String

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            let number = try Output.receipt(receipt, vi: vi)
            let lifted: Bool
            do {
                lifted = try open(config, options).unlock(receipt: number)
            } catch {
                Output.error(Output.problem(error, options.language(config)))
                throw ExitCode(1)
            }
            print(lifted
                ? (vi ? "Đã mở khóa tra cứu số hồ sơ \(number)." : "Look-ups of \(number) are open again.")
                : (vi ? "Số hồ sơ \(number) không bị khóa hay tạm dừng." : "\(number) was neither locked nor paused."))
        }
    }

    /// `kiosk cases locks`: the receipt numbers locked now, in full (for staff at the machine; the log and
    /// `kiosk doctor` show them masked).
    struct LocksCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "locks",
            abstract: "List the receipt numbers whose look-ups are locked now, and until when."
        )

        @OptionGroup var options: CommonOptions

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            let locks: [(receipt: ReceiptNumber, until: Date)]
            do {
                locks = try open(config, options).locks(at: Date())
            } catch {
                Output.error(Output.problem(error, options.language(config)))
                throw ExitCode(1)
            }
            for lock in locks {
                Output.line("\(lock.receipt)  \(lock.until.formatted(.iso8601))")
            }
            Output.error(vi ? "\(locks.count) số hồ sơ đang bị khóa tra cứu." : "\(locks.count) receipt number(s) locked.")
        }
    }
}

private func open(_ config: KioskConfig, _ options: CommonOptions) throws -> any CaseOffice {
    do {
        if let server = try HallConnection.server(config) {
            return HallCaseOffice(server: server, key: try SecondFactorKeyFile.load(config.secondFactorKeyPath, create: true))
        }
        return FileCaseOffice(store: try CaseDatabase.open(config))
    } catch {
        let vi = options.language(config) == .vi
        Output.error((vi ? "Không mở được cơ sở dữ liệu hồ sơ " : "Cannot open the case database ") + Output.problem(error, options.language(config)))
        throw ExitCode(1)
    }
}
