import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import KioskOperations
import Logging

/// Where `kiosk cases …` writes: the hall server when kiosk.conf names one (every kiosk sees the change), else
/// the embedded file. Cases are reduced with the hall's second-factor key before they leave this machine.
protocol CaseOffice {
    /// Where the cases are, for the operator's messages.
    var place: String { get }
    func save(_ cases: [IncomingCase]) throws
    func replaceDemo(with cases: [IncomingCase]) throws
    /// False when there is no case with this number.
    func setStatus(_ receipt: ReceiptNumber, _ status: CaseStatus) throws -> Bool
    func unlock(receipt: ReceiptNumber) throws -> Bool
    func locks(at now: Date) throws -> [(receipt: ReceiptNumber, until: Date)]
}

/// The embedded file.
struct FileCaseOffice: CaseOffice {
    let store: SQLiteCaseStore
    var place: String { store.path }

    func save(_ cases: [IncomingCase]) throws { try store.save(cases) }
    func replaceDemo(with cases: [IncomingCase]) throws { try store.replaceDemo(with: cases) }
    func setStatus(_ receipt: ReceiptNumber, _ status: CaseStatus) throws -> Bool {
        guard try store.find(receipt) != nil else { return false }
        try store.setStatus(receipt, status)
        return true
    }
    func unlock(receipt: ReceiptNumber) throws -> Bool { try store.unlock(receipt: receipt) }
    func locks(at now: Date) throws -> [(receipt: ReceiptNumber, until: Date)] { try store.locks(at: now) }
}

/// The hall server, through the back office's role.
struct HallCaseOffice: CaseOffice {
    let server: HallServer
    let key: SecondFactorKey
    var place: String { server.client.address.description }

    func save(_ cases: [IncomingCase]) throws {
        try server.checkSchema()
        try server.adopt(keyFingerprint: key.fingerprint)
        try server.save(cases.map { $0.reduced(using: key) })
    }
    func replaceDemo(with cases: [IncomingCase]) throws {
        try server.checkSchema()
        try server.adopt(keyFingerprint: key.fingerprint)
        try server.replaceDemo(with: cases.map { $0.reduced(using: key) })
    }
    func setStatus(_ receipt: ReceiptNumber, _ status: CaseStatus) throws -> Bool {
        try server.setStatus(receipt, status)
    }
    func unlock(receipt: ReceiptNumber) throws -> Bool {
        try server.unlock(guessKey: key.guessKey(receipt), within: server.backgroundDeadline)
    }
    func locks(at now: Date) throws -> [(receipt: ReceiptNumber, until: Date)] {
        try server.locks(at: now, within: server.backgroundDeadline)
    }
}

/// Connecting to the hall server kiosk.conf names.
enum HallConnection {
    /// The server, or nil when kiosk.conf names none. `lookupDeadline`: the citizen's; commands wait longer.
    /// `logger`: the kiosk's log, where postgres-nio's errors go (a few of each a minute); none for a command,
    /// which says each failure itself, in its language (and, run as root, must not create the kiosk's log).
    static func server(_ config: KioskConfig, connections: Int = 2, logger: Logger? = nil) throws -> HallServer? {
        guard let address = config.hallServer else { return nil }
        let password = try HallPassword.load(for: address, file: config.hallPasswordFile)
        let base = logger ?? Logger(label: "kiosk", factory: { _ in SwiftLogNoOpLogHandler() })
        let library = Logger(label: "postgres-nio") { _ in RateLimitedLogHandler(wrapping: base.handler) }
        let client = HallClient(address: address, password: password, connections: connections,
                                connectTimeout: config.hallLookupDeadline, logger: library)
        return HallServer(client: client, deadline: config.hallLookupDeadline, backgroundDeadline: 10)
    }
}
