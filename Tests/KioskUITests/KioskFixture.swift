import TestSupport
import CaseTracking
import Foundation
import KioskConfiguration
import KioskOperations
import KioskPrinting
import KioskRuntime
import Logging
import ProcedureCatalog
import QueueTickets
import Testing
@testable import KioskUI

/// The shipped catalog and kiosk.conf, loaded once, and a kiosk driven by events the way a citizen drives it.
enum Shipped {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let catalog = loaded("Catalog/", or: Catalog(publisher: LocalizedText(vi: "", en: ""), levels: [], fields: [],
                                                          agencies: [], procedures: [])) {
        // As the shipped kiosk.conf shows it: the province's levels.
        try CatalogLoader.load(directory: root.appendingPathComponent("Catalog").path).scoped(.localLevels)
    }
    static let config = loaded("kiosk.conf", or: KioskConfig.defaults) {
        try KioskConfig.load(file: root.appendingPathComponent("kiosk.conf").path)
    }

    /// A shipped file that does not load fails the test that first needs it, with the file's problems, and
    /// leaves an empty stand-in so that the rest fail on their own expectations: never a crashed test run.
    static func loaded<T>(_ what: String, or fallback: @autoclosure () -> T, _ load: () throws -> T) -> T {
        do {
            return try load()
        } catch {
            Issue.record("the shipped \(what) does not load: \(error)")
            return fallback()
        }
    }
    static let timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    static let app = KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: config,
                              timeZone: timeZone)
    /// The same kiosk with speech set up (`[speech] output`): F9 turns speech on.
    static let speakingApp: KioskApp = {
        var speaking = Shipped.config
        speaking.speech = SpeechSettings(output: .files(folder: TestScratch.root + "speech"))
        return KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: speaking, timeZone: timeZone)
    }()
    /// Friday 27 November 2026, 09:41 in Bình Dương: a fixed clock so screens compare equal.
    static let now = Date(timeIntervalSince1970: 1_795_747_260)
    static let today = LocalDay(now, in: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
    /// The second-factor key the demo cases are stored with in these tests.
    static let key = SecondFactorKey(bytes: [UInt8](repeating: 1, count: SecondFactorKey.byteCount))
    static let incoming: [String: IncomingCase] = {
        let file = root.appendingPathComponent("Catalog/demo-cases.yaml").path
        let cases = loaded("Catalog/demo-cases.yaml", or: []) { try DemoCases.load(file: file, today: today) }
        return Dictionary(uniqueKeysWithValues: cases.map { ($0.key, $0.case) })
    }()
    /// The demo cases dated from `today`, by key, as the case store keeps them.
    static let demo: [String: CaseRecord] = incoming.mapValues { $0.reduced(using: key) }
    /// Their owners, as the demo file gives them (the store never sees these).
    static let owners: [String: CaseOwner] = incoming.mapValues(\.owner)
    static let policy = GuessPolicy(baseCooldown: TimeInterval(config.caseCooldownSeconds))
}

/// Cases in memory, for screens that look them up; failed look-ups are counted by the same policy as the
/// SQLite store's (each session has its own counts).
final class MemoryStore: CaseStore, @unchecked Sendable {
    let records: [CaseRecord]
    let unavailable: Bool
    private let lock = NSLock()
    private var receipts: [ReceiptNumber: ReceiptGuesses] = [:]
    private var kiosks: [String: KioskGuesses] = [:]

    init(records: [CaseRecord] = Array(Shipped.demo.values), unavailable: Bool = false) {
        self.records = records
        self.unavailable = unavailable
    }

    private func check() throws(CaseStoreError) {
        if unavailable { throw CaseStoreError(path: "memory", reason: "switched off") }
    }

    func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord? {
        try check()
        return records.first { $0.receipt == receipt }
    }

    func verdict(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date) throws(CaseStoreError)
        -> GuessVerdict
    {
        try check()
        return lock.withLock {
            policy.verdict(receipt: receipts[receipt] ?? ReceiptGuesses(), kiosk: kiosks[kiosk] ?? KioskGuesses(), at: now)
        }
    }

    func recordFailure(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date, isCase: Bool)
        throws(CaseStoreError) -> GuessVerdict
    {
        try check()
        return lock.withLock {
            let count = policy.failing(receipts[receipt] ?? ReceiptGuesses(), at: now)
            let bucket = policy.failing(kiosks[kiosk] ?? KioskGuesses(), at: now)
            receipts[receipt] = count
            kiosks[kiosk] = bucket
            return policy.verdict(receipt: count, kiosk: bucket, at: now)
        }
    }

    func recordSuccess(receipt: ReceiptNumber) throws(CaseStoreError) {
        try unlock(receipt: receipt)
    }

    @discardableResult
    func unlock(receipt: ReceiptNumber) throws(CaseStoreError) -> Bool {
        try check()
        return lock.withLock { receipts.removeValue(forKey: receipt) != nil }
    }

    func locks(at now: Date) throws(CaseStoreError) -> [(receipt: ReceiptNumber, until: Date)] {
        try check()
        return lock.withLock {
            receipts.compactMap { receipt, count in
                count.lockedUntil.flatMap { $0 > now ? (receipt, $0) : nil }
            }
        }
    }

    /// How many failures are counted for `receipt` now.
    func failures(_ receipt: ReceiptNumber) -> Int {
        lock.withLock { receipts[receipt]?.failures ?? 0 }
    }
}

/// The clock a session's effects read: the session's own time.
final class SessionClock: KioskClock, @unchecked Sendable {
    var date = Shipped.now
    func now() -> Date { date }
    func uptime() -> TimeInterval { date.timeIntervalSince1970 }
}

/// A kiosk session in a test: send events, read the screen.
struct Session {
    var app = Shipped.app
    var state: KioskState
    var effects: [Effect] = []
    /// The record of wrong staff PINs, a real file as the run loop keeps it (a fresh one per session unless
    /// given: a session given another's file is that kiosk after a restart).
    let staffFile: StaffExitFile
    /// Carries out the effects as the run loop does (the same runner), answering at once, on the session's
    /// clock, against a case store of its own.
    private(set) var runner: EffectRunner
    let clock = SessionClock()

    /// Where the session's ratings go (a test that checks them gives a real store).
    let ratings: RatingRecorder?

    /// The case store the session's look-ups ask (a test may give another).
    var lookup: CaseLookup {
        get { runner.lookup }
        set { runner = Self.runner(newValue, staffFile, clock, ratings, desk: desk, printer: printer) }
    }

    /// Where the session's queue numbers come from: a queue file of its own unless a test gives another.
    var desk: TicketDesk? {
        didSet { runner = Self.runner(lookup, staffFile, clock, ratings, desk: desk, printer: printer) }
    }

    /// The session's receipt printer (none unless a test gives one; the app must then say it prints).
    var printer: ReceiptPrinter? {
        didSet { runner = Self.runner(lookup, staffFile, clock, ratings, desk: desk, printer: printer) }
    }

    static func runner(_ lookup: CaseLookup, _ staffFile: StaffExitFile, _ clock: SessionClock,
                       _ ratings: RatingRecorder?, desk: TicketDesk?, printer: ReceiptPrinter?) -> EffectRunner {
        EffectRunner(lookup: lookup, staffExit: StaffExitKeeper(file: staffFile, policy: StaffExitPolicy(), logger: logger),
                     ratings: ratings, logger: logger, clock: clock, mode: .inline, desk: desk, printer: printer)
    }

    /// A fresh queue file in the scratch folder, on the center's time zone.
    static func freshDesk() -> TicketDesk {
        let path = TestScratch.root + "queue-\(UUID().uuidString).sqlite"
        return TicketDesk(store: try! SQLiteQueueStore(path: path), timeZone: Shipped.timeZone)
    }

    init(_ language: Language = .vi, width: Int = 80, height: Int = 24, staffFile: StaffExitFile? = nil,
         now: Date = Shipped.now, ratings: RatingRecorder? = nil) {
        let staffFile = staffFile
            ?? StaffExitFile(path: TestScratch.root + "kiosk-staff-exit-\(UUID().uuidString).json")
        self.staffFile = staffFile
        self.ratings = ratings
        clock.date = now
        let desk = Self.freshDesk()
        self.desk = desk
        runner = Self.runner(
            CaseLookup(store: MemoryStore(), secondFactor: Shipped.key, kiosk: "test", policy: Shipped.policy),
            staffFile, clock, ratings, desk: desk, printer: nil)
        state = Shipped.app.initialState(language: language, size: Size(width: width, height: height),
                                         now: now, staffFailures: Shipped.loaded("staff exit record", or: StaffPINFailures()) {
                                             try staffFile.read()
                                         })
    }

    mutating func send(_ events: KioskEvent...) {
        for event in events { run(event) }
    }

    /// Applies an event and the events its effects produce, like the run loop.
    private mutating func run(_ event: KioskEvent) {
        var pending = [event]
        while !pending.isEmpty {
            let effects = app.update(&state, pending.removeFirst())
            self.effects += effects
            clock.date = state.now
            pending += runner.run(effects).events
        }
    }

    /// Tests log nowhere.
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Opens a demo case the way a citizen does on the keyboard: home, check my case, number, ID digits.
    mutating func openCase(_ key: String, digits: String? = nil) {
        let record = Shipped.demo[key]!
        press(.function(1))
        send(.scan(record.receipt.description))
        type(digits ?? Shipped.owners[key]!.idLast4)
        press(.enter)
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Touches the middle of the first place on screen showing `text` (and fails the lookup when none does).
    mutating func tap(_ text: String) throws {
        let (x, y) = try position(of: text)
        send(.click(x: x + DisplayWidth.of(text) / 2, y: y))
    }

    func position(of text: String) throws -> (x: Int, y: Int) {
        guard let position = frame.position(of: text) else { throw ScreenError.notShown(text, screen: screen) }
        return position
    }

    /// The session's case store, with its counts of failed look-ups.
    var store: MemoryStore { lookup.store as! MemoryStore }

    var frame: Frame { app.view(state) }
    var screen: String { frame.grid.text }
    var lines: [String] { frame.grid.lines }

    func shows(_ text: String) -> Bool { screen.contains(text) }
}

struct ScreenError: Error, CustomStringConvertible {
    let text: String
    let screen: String

    static func notShown(_ text: String, screen: String) -> ScreenError { ScreenError(text: text, screen: screen) }

    var description: String { "“\(text)” is not on the screen:\n\(screen)" }
}
