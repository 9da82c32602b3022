import ArgumentParser
import CaseTracking
import FeePayment
import Foundation
import HallDatabase
import KioskConfiguration
import ProcedureCatalog

/// `kiosk payments …`: the agency's bank statement reconciled with the cases that owe fees. A credit naming a
/// case and paying what it owes marks it "payment sent, waiting for the agency to confirm" on every kiosk (the
/// case's status stays what the one-door system says); the rest is listed for the cashier.
struct PaymentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payments", abstract: "Fee payments by bank transfer: the bank statement reconciled.",
        subcommands: [Import.self, List.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a bank statement export (CSV; its columns as kiosk.conf's [payments] statement_* say): "
                + "credits matching a case's fees mark it paid-and-waiting; partial, over and unmatched are listed. "
                + "Importing the same statement again changes nothing.")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The statement as the bank's online banking exports it (CSV, UTF-8).")
        var statement: String

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let vi = language == .vi
            let credits = try read(config.statementColumns, vi: vi)
            let ledger = try PaymentsCommand.ledger(config, language)
            let kept: [KeptNotice]
            do {
                kept = try ledger.keep(credits.map { Reconciliation.incoming($0, in: Self.zone) },
                                       deciding: Reconciliation.notice)
            } catch {
                Output.error("\(ledger.place): \(Output.problem(error, language))")
                throw ExitCode(1)
            }
            let descriptions = Dictionary(credits.map { ($0.line, $0.description) }, uniquingKeysWith: { a, _ in a })
            if json {
                try Output.json(ImportJSON(file: statement, kept: kept))
                return
            }
            PaymentListing.summary(kept, language)
            PaymentListing.forCashier(kept.map { ($0.notice, $0.line, descriptions[$0.line], $0.isNew) }, language)
        }

        /// The statement's dates are days: read and kept as written, whatever this machine's zone.
        static let zone = TimeZone(identifier: "UTC")!

        private func read(_ columns: StatementColumns, vi: Bool) throws -> [BankStatement.Credit] {
            let data = try Output.contents(of: statement, vi: vi)
            guard let text = String(data: data, encoding: .utf8) else {
                Output.error(vi ? "\(statement): không phải văn bản UTF-8 (xuất lại dưới dạng CSV UTF-8)."
                    : "\(statement): not UTF-8 text (export it again as CSV UTF-8).")
                throw ExitCode(1)
            }
            switch BankStatement.read(text, layout: columns, timeZone: Self.zone) {
            case .success(let credits):
                return credits
            case .failure(let problems):
                for problem in problems.all { Output.error("\(statement):\(problem.line): \(problem.message(vi ? Language.vi : Language.en))") }
                Output.error(vi ? "Không nhập khoản nào (\(problems.all.count) lỗi); sửa tệp hoặc [payments] trong kiosk.conf."
                    : "Nothing imported (\(problems.all.count) problems): correct the file or [payments] in kiosk.conf.")
                throw ExitCode(1)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the credits kept from bank statements, with what the cashier must look at.")

        @OptionGroup var options: CommonOptions

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let ledger = try PaymentsCommand.ledger(config, language)
            let notices: [PaymentNotice]
            do { notices = try ledger.notices() } catch {
                Output.error("\(ledger.place): \(Output.problem(error, language))")
                throw ExitCode(1)
            }
            if json {
                try Output.json(notices.map { NoticeJSON($0, line: nil, isNew: nil) })
                return
            }
            let matched = notices.filter { $0.kind == .matched }.count
            Output.line(language == .vi ? "\(notices.count) khoản đã nhập, \(matched) khớp với số phải nộp."
                : "\(notices.count) credits kept, \(matched) matching what a case owed.")
            PaymentListing.forCashier(notices.map { ($0, nil, nil, false) }, language)
        }
    }

    /// The hall server when kiosk.conf names one (the office's role), else the case file.
    static func ledger(_ config: KioskConfig, _ language: Language) throws -> any PaymentOffice {
        do {
            if let server = try HallConnection.server(config) {
                try server.checkSchema()
                return server
            }
            return try CaseDatabase.open(config)
        } catch {
            Output.error((language == .vi ? "Không mở được cơ sở dữ liệu hồ sơ " : "Cannot open the case database ")
                + Output.problem(error, language))
            throw ExitCode(1)
        }
    }
}

/// Where the notices are kept, for the command.
protocol PaymentOffice: PaymentLedger {
    var place: String { get }
    func notices() throws -> [PaymentNotice]
}

extension SQLiteCaseStore: PaymentOffice {
    var place: String { path }
}

extension HallServer: PaymentOffice {
    var place: String { client.address.description }
    func notices() throws -> [PaymentNotice] { try notices(within: nil) }
}

/// `kiosk payments import --json`.
struct ImportJSON: Encodable {
    var file: String
    var imported: Int
    var alreadyImported: Int
    var matched: Int
    var credits: [NoticeJSON]

    init(file: String, kept: [KeptNotice]) {
        self.file = file
        imported = kept.filter(\.isNew).count
        alreadyImported = kept.count - imported
        matched = kept.filter { $0.isNew && $0.notice.kind == .matched }.count
        credits = kept.map { NoticeJSON($0.notice, line: $0.line, isNew: $0.isNew) }
    }
}

/// One credit as scripts read it.
struct NoticeJSON: Encodable {
    var line: Int?
    var reference: String
    var credited: String
    var amount: Int
    /// matched, partial, over, not_due, no_receipt.
    var outcome: String
    var receipt: String?
    /// What the case still owed when it was reconciled.
    var due: Int?
    /// Kept by this import (false: an earlier import kept it).
    var new: Bool?

    init(_ notice: PaymentNotice, line: Int?, isNew: Bool?) {
        self.line = line
        reference = notice.reference
        credited = notice.credited.description
        amount = notice.amount
        outcome = notice.kind.rawValue
        receipt = notice.receipt?.description
        due = notice.due
        new = isNew
    }
}
