import ArgumentParser
import CaseTracking
import FeePayment
import Foundation
import Logging
import KioskConfiguration
import KioskUI
import ProcedureCatalog

/// `kiosk status RECEIPT --id-last4 NNNN`: a case as the kiosk shows it, with the same privacy rules.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Look up a case by its receipt number and the last 4 digits of the owner's ID number."
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: "The receipt number as printed or typed, e.g. 000.00.12.H08-241127-0042.")
    var receipt: String

    @Option(name: .customLong("id-last4"), help: "The last 4 digits of the case owner's ID number (CCCD).")
    var idLast4: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        let config = try options.loadConfig()
        let language = options.language(config)
        let vi = language == .vi
        let number = try Output.receipt(receipt, vi: vi)
        if config.caseSecondFactor && idLast4?.count != 4 {
            Output.error(vi ? "Cần --id-last4 với 4 số cuối số căn cước của người đứng tên."
                : "--id-last4 with the last 4 digits of the owner's ID number is required.")
            throw ExitCode(2)
        }
        let catalog = try options.loadCatalog(config)
        let store: any CaseStore
        do {
            // In a hall, through the server (the copy answers if it is away), as a kiosk of the hall would.
            store = try CaseDatabase.hallStore(config, logger: Logger(label: "kiosk.status", factory: { _ in SwiftLogNoOpLogHandler() }))
                ?? CaseDatabase.open(config)
        } catch {
            Output.error((vi ? "Không mở được cơ sở dữ liệu hồ sơ: " : "Cannot open the case database: ") + "\(error)")
            throw ExitCode(1)
        }
        // The same guess limit as at the kiosk's screen: the command line is no way around it.
        let lookup = CaseDatabase.lookup(store, config: config)
        switch lookup.lookUp(number, idLast4: idLast4) {
        case .found(let record):
            let report = CaseReport(record, catalog: catalog, config: config, language: language,
                                    today: LocalDay(Date(), in: .current))
            if json { try Output.json(report) } else { print(report.text(in: language)) }
        case .notFound:
            Output.error(vi ? "Không tìm thấy hồ sơ khớp với số hồ sơ và 4 số căn cước đã nhập."
                : "No case matches this receipt number and these 4 digits.")
            throw ExitCode(1)
        case .refused(let verdict):
            Output.error(Self.refusal(verdict, vi: vi))
            throw ExitCode(1)
        case .unavailable:
            Output.error(vi ? "Cơ sở dữ liệu hồ sơ không trả lời." : "The case database does not answer.")
            throw ExitCode(1)
        }
    }
}

extension StatusCommand {
    static func refusal(_ verdict: GuessVerdict, vi: Bool) -> String {
        let time = { (until: Date) in until.formatted(.dateTime.year().month().day().hour().minute()) }
        switch verdict {
        case .allowed:
            return ""
        case .receiptCoolingDown(let until):
            return vi ? "Số hồ sơ này đã bị nhập sai nhiều lần: tra cứu lại sau \(time(until))."
                : "Too many failed look-ups of this receipt number: try again after \(time(until))."
        case .receiptLocked(let until):
            return vi ? "Số hồ sơ này bị khóa tra cứu đến \(time(until)) (mở khóa: kiosk cases unlock SỐ-HỒ-SƠ)."
                : "This receipt number is locked for look-ups until \(time(until)) (kiosk cases unlock RECEIPT)."
        case .kioskCoolingDown(let until):
            return vi ? "Kiosk này đã có nhiều lần tra cứu sai: tra cứu lại sau \(time(until))."
                : "Too many failed look-ups at this kiosk: try again after \(time(until))."
        }
    }
}

/// A case for the command line: what the kiosk's case screen shows (`CaseDisclosure`, the same rules), as
/// lines or as JSON.
struct CaseReport: Encodable {
    struct Step: Encodable {
        var time: String
        var from: String
        var action: String
        var actionCode: String
        var to: String?
        var note: String?
    }

    var receipt: String
    var statusCode: Int
    var status: String
    var statusVi: String
    var statusEn: String
    var procedureCode: String
    var procedureName: String?
    var owner: String?
    var handlingAgency: String
    var received: String?
    var appointment: String?
    var timing: String?
    var collectAt: String?
    var postalDelivery: Bool
    var postalAddress: String?
    var missingDocuments: [String]
    var amountsDue: [String]
    /// The fees owed and how to pay them: for scripts (`--json`); nil when the case owes nothing.
    var payment: PaymentJSON?
    /// What the kiosk says instead of a code once the bank statement showed transfers for the case.
    var paymentNote: String?
    var history: [Step]

    init(_ record: CaseRecord, catalog: Catalog, config: KioskConfig, language: Language, today: LocalDay) {
        let shown = CaseDisclosure(record, catalog: catalog, personal: config.caseSecondFactor, today: today,
                                   calendar: WorkingCalendar(holidays: config.holidays), language: language)
        receipt = shown.receipt.description
        statusCode = shown.status.rawValue
        status = shown.status.name[language]
        statusVi = shown.status.name.vi
        statusEn = shown.status.name.en
        procedureCode = shown.procedureCode
        procedureName = shown.procedureName
        owner = shown.owner
        handlingAgency = shown.handlingAgency
        received = shown.received?.description
        appointment = shown.appointment?.description
        timing = shown.timing
        switch shown.delivery {
        case .post(let address):
            (collectAt, postalDelivery, postalAddress) = (nil, true, address)
        case .collect(let place):
            (collectAt, postalDelivery, postalAddress) = (place, false, nil)
        case nil:
            (collectAt, postalDelivery, postalAddress) = (nil, false, nil)
        }
        missingDocuments = shown.missingDocuments
        amountsDue = shown.amountsDue.map { "\($0.purpose): \(Wording.money($0.amount, language))" }
        let paying = CasePayment.make(record, catalog: catalog, ceiling: config.paymentCeiling)
        payment = shown.amountsDue.isEmpty ? nil : PaymentJSON(record, paying, language)
        switch paying {
        case .none(let reason) where !record.transfers.isEmpty: paymentNote = PaymentUIText.instead(reason, language)
        default: paymentNote = nil
        }
        history = shown.history.map { step in
            Step(time: step.time.description, from: step.from, action: step.action.name[language],
                 actionCode: step.action.rawValue, to: step.to, note: step.note)
        }
    }

    func text(in language: Language) -> String {
        func label(_ words: LocalizedText) -> String { "  " + words[language] + ": " }
        var lines = ["\(receipt)  [\(statusCode)] \(status)"]
        lines.append("  " + [procedureCode, procedureName].compactMap { $0 }.joined(separator: "  "))
        if let owner { lines.append(label(CaseWords.applicant) + owner) }
        lines.append(label(CaseWords.handlingAgency) + handlingAgency)
        if let received { lines.append(label(CaseWords.received) + received) }
        if let appointment {
            lines.append(label(CaseWords.appointment) + appointment + (timing.map { " — \($0)" } ?? ""))
        } else if let timing {
            lines.append(label(CaseWords.result) + timing)
        }
        if let collectAt { lines.append(label(CaseWords.collectAt) + collectAt) }
        if postalDelivery {
            lines.append(label(CaseWords.delivery) + CaseWords.byPost[language]
                         + (postalAddress.map { CaseWords.postTo[language] + $0 } ?? ""))
        }
        if !missingDocuments.isEmpty {
            lines.append("  " + CaseWords.documentsToHandIn[language] + ":")
            lines += missingDocuments.map { "    • " + $0 }
        }
        if !amountsDue.isEmpty {
            lines.append("  " + CaseWords.amountsToPay[language] + ":")
            lines += amountsDue.map { "    • " + $0 }
            if let paymentNote { lines.append("    " + paymentNote) }
        }
        if !history.isEmpty { lines.append("  " + CaseWords.history[language] + ":") }
        for step in history {
            lines.append("    \(step.time)  \(step.action)  \(step.from)" + (step.to.map { " → \($0)" } ?? "")
                         + (step.note.map { " — \($0)" } ?? ""))
        }
        return CatalogText.inert(lines.joined(separator: "\n"))
    }
}

/// `kiosk status --json`'s payment part: the amounts from the case, and the code a kiosk shows for them (the
/// account and the VietQR payload), or why none.
struct PaymentJSON: Encodable {
    struct Amount: Encodable {
        var purpose: String
        var amount: Int
    }

    struct Code: Encodable {
        var bin: String
        var bank: String
        var account: String
        var holder: String
        var purpose: String
        var payload: String
    }

    var amounts: [Amount]
    var total: Int
    var code: Code?
    /// Why no code: nothing_due, transfer_sent, transfer_short, no_account, zero, over_ceiling,
    /// purpose_too_long, unknown_bank.
    var noCode: String?
    /// What the agency's bank statement showed transferred naming the receipt number (0: nothing).
    var received: Int

    init(_ record: CaseRecord, _ payment: CasePayment, _ language: Language) {
        amounts = record.amountsDue.map { Amount(purpose: $0.purpose[language], amount: $0.amount) }
        total = record.amountsDue.reduce(0) { $0 + $1.amount }
        received = record.transfers.reduce(0) { $0 + $1.amount }
        switch payment {
        case .code(let code):
            self.code = Code(bin: code.bank.bin, bank: code.bank.shortName, account: code.account.number,
                             holder: code.account.holder, purpose: code.qr.purpose, payload: code.qr.payload)
        case .none(let reason):
            noCode = switch reason {
            case .nothingDue: "nothing_due"
            case .transferSent: "transfer_sent"
            case .transferShort: "transfer_short"
            case .noAccount: "no_account"
            case .zero: "zero"
            case .overCeiling: "over_ceiling"
            case .purposeTooLong: "purpose_too_long"
            case .unknownBank: "unknown_bank"
            }
        }
    }
}
