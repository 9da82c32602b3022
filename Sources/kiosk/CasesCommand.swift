import ArgumentParser
import CaseTracking
import Foundation
import KioskConfiguration
import ProcedureCatalog

/// `kiosk cases …`: the case database's operator tools.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "Seed the demo cases, import a one-door export, or change a case's status.",
        subcommands: [SeedCommand.self, ImportCommand.self, SetStatusCommand.self]
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
            let store = try open(config, options)
            let cases: [(key: String, record: CaseRecord)]
            do {
                cases = try CaseDatabase.seed(store, config: config, catalog: catalog,
                                              catalogFolder: options.catalog ?? config.catalogPath)
            } catch let error as DemoProblems {
                for problem in error.problems { Output.error(CatalogText.inert(problem.description)) }
                throw ExitCode(1)
            }
            // Staff need the numbers and the ID digits to show the look-up; these people are invented.
            for (key, record) in cases {
                Output.line("\(record.receipt)  \(record.ownerIDLast4)  \(String(record.status.rawValue).leftPadded(to: 2, with: " "))  \(key)")
            }
            let language = options.language(config)
            Output.error(language == .vi ? "Đã nạp \(cases.count) hồ sơ mẫu vào \(config.casesDatabasePath)."
                : "Seeded \(cases.count) demo cases into \(config.casesDatabasePath).")
        }
    }

    /// `kiosk cases import FILE.csv`: the good rows imported, the bad ones reported by line.
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a one-door system's CSV export (columns in the README); report bad rows by line."
        )

        @OptionGroup var options: CommonOptions

        @Argument(help: "The CSV file (UTF-8, a header row).")
        var file: String

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let vi = language == .vi
            guard let data = FileManager.default.contents(atPath: file) else {
                Output.error(vi ? "Không đọc được tệp \(file)." : "Cannot read \(file).")
                throw ExitCode(1)
            }
            let catalog = try options.loadCatalog(config)
            let result = CaseImport.read(csv: String(decoding: data, as: UTF8.self),
                                         procedureCodes: Set(catalog.procedures.map(\.code.description)))
            for problem in result.problems { Output.error(problem.text(file: file, in: language)) }
            let store = try open(config, options)
            do {
                try store.save(result.records)
            } catch {
                Output.error("\(error)")
                throw ExitCode(1)
            }
            let bad = result.problems.filter { $0.line != nil && $0.line! > 1 }.count
            print(vi ? "Đã nhập \(result.records.count) hồ sơ; \(bad) dòng lỗi bị bỏ qua."
                : "Imported \(result.records.count) case(s); \(bad) bad row(s) left out.")
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
            do {
                try open(config, options).setStatus(number, code)
            } catch {
                Output.error("\(error)")
                throw ExitCode(1)
            }
        }
    }
}

private func open(_ config: KioskConfig, _ options: CommonOptions) throws -> SQLiteCaseStore {
    do {
        return try SQLiteCaseStore(path: config.casesDatabasePath)
    } catch {
        let vi = options.language(config) == .vi
        Output.error((vi ? "Không mở được cơ sở dữ liệu hồ sơ " : "Cannot open the case database ") + "\(error)")
        throw ExitCode(1)
    }
}
