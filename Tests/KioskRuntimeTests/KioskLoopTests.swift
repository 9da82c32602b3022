import TestSupport
import CaseTracking
import Foundation
import KioskConfiguration
import KioskGrid
import KioskOperations
import KioskTerminal
import Logging
import ProcedureCatalog
import Testing
@testable import KioskRuntime
@testable import KioskUI

/// The real run loop, driven through its seams: a scripted display (keys in, grids out), the real effect
/// runner and a real SQLite case store that a test can hold up, as a slow or stuck database would.
@Suite struct KioskLoopTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The shipped catalog and kiosk.conf, and a case database with the demo cases of today.
    struct Kiosk {
        let app: KioskApp
        let store: HeldStore
        let demo: (receipt: String, last4: String)
        let key = SecondFactorKey(bytes: [UInt8](repeating: 7, count: SecondFactorKey.byteCount))

        init() throws {
            let catalog = try CatalogLoader.load(directory: KioskLoopTests.root.appendingPathComponent("Catalog").path)
                .scoped(.localLevels)
            let config = try KioskConfig.load(file: KioskLoopTests.root.appendingPathComponent("kiosk.conf").path)
            app = KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: config)
            let folder = TestScratch.root + "kiosk-loop-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let sqlite = try SQLiteCaseStore(path: folder + "/cases.sqlite", key: key)
            let file = KioskLoopTests.root.appendingPathComponent("Catalog/demo-cases.yaml").path
            let cases = try DemoCases.load(file: file, today: LocalDay(Date(), in: .current))
            try sqlite.replaceDemo(with: cases.map(\.case))
            let passport = try #require(cases.first { $0.key == "processing-passport" }?.case)
            demo = (passport.record.receipt.description, passport.owner.idLast4)
            store = HeldStore(sqlite)
        }

        func loop(_ display: WaitingDisplay, staffExit: StaffExitKeeper? = nil) -> KioskLoop {
            let lookup = CaseLookup(store: store, secondFactor: key, kiosk: "loop-test",
                                    policy: GuessPolicy(baseCooldown: 30))
            let runner = EffectRunner(lookup: lookup, staffExit: staffExit, logger: KioskLoopTests.logger)
            return KioskLoop(app: app, display: display, runner: runner, language: .vi, watcher: nil, reloads: nil,
                             logger: KioskLoopTests.logger)
        }
    }

    @Test("a case database that does not answer never freezes the screen: it says “looking up” and takes keys")
    func slowDatabase() throws {
        let kiosk = try Kiosk()
        kiosk.store.hold()
        let display = WaitingDisplay(size: Size(width: 80, height: 24))
        display.script = [
            .waitFor("Tra cứu hồ sơ đã nộp"),
            .keys([.down, .down, .enter]),
            .waitFor("Nhập số hồ sơ"),
            .text(kiosk.demo.receipt + "\r"),
            .waitFor("Xác nhận người nộp"),
            .text(kiosk.demo.last4 + "\r"),
            .waitFor("Đang tra cứu hồ sơ…"),
            // The look-up is stuck in the database; the kiosk still answers the citizen.
            .keys([.function(2)]),
            .waitFor("Looking up the case…"),
            .keys([.character("9"), .enter]),  // a second OK while waiting starts nothing
            .run { kiosk.store.release() },
            .waitFor("Case status"),
            .waitFor("BEING PROCESSED"),
        ]
        var loop = kiosk.loop(display)
        #expect(loop.run() == .hangUp)
        #expect(display.failure == nil, "\(display.failure ?? "")")
        #expect(kiosk.store.lookUps == 1, "one look-up for one OK")
    }

    @Test("the exit chord and the staff PIN end the loop through the effect runner and the record in var/")
    func staffExitEndsTheLoop() throws {
        let kiosk = try Kiosk()
        let display = WaitingDisplay(size: Size(width: 80, height: 24))
        display.script = [
            .waitFor("Xin chào"), .keys([.control("x"), .control("q")]), .waitFor("Nhập mã PIN của nhân viên"),
            .text("1111\r"), .waitFor("Mã PIN không đúng."), .text("2468\r"), .waitFor("Đóng chương trình"),
            .keys([.enter]),  // "1 Đóng chương trình" is selected
        ]
        let file = StaffExitFile(path: TestScratch.root + "kiosk-loop-staff-\(UUID().uuidString).json")
        var loop = kiosk.loop(display, staffExit: StaffExitKeeper(file: file, policy: StaffExitPolicy(), logger: Self.logger))
        #expect(loop.run(staffFailures: try file.read()) == .staffExit, "\(display.shown)")
        #expect(display.failure == nil, "\(display.failure ?? "")")
        #expect(try file.read().isEmpty, "the right PIN cleared the wrong one")
    }
}

/// A display that plays a script: keys when it is their turn, waits (with a deadline) until the screen shows
/// a text, runs a step of the test, and hangs up at the end.
final class WaitingDisplay: KioskDisplay {
    enum Step {
        case keys([Key])
        case text(String)
        case waitFor(String)
        case run(() -> Void)
    }

    let size: Size
    var script: [Step] = []
    private var pending: [TerminalEvent] = []
    private(set) var shown = ""
    private(set) var failure: String?
    private var deadline = Date().addingTimeInterval(30)
    private var finished = false

    init(size: Size) {
        self.size = size
    }

    func draw(_ grid: Grid) {
        shown = grid.text
    }

    func next(timeout milliseconds: Int32) -> TerminalInput {
        if !pending.isEmpty { return .event(pending.removeFirst()) }
        guard failure == nil, let step = script.first else {
            // The last keys are handled (a burst ends with .idle) before the display goes away.
            defer { finished = true }
            return finished ? .hangup : .idle
        }
        switch step {
        case .keys(let keys):
            pending = keys.map { .key($0) }
        case .text(let text):
            pending = text.map { $0 == "\r" ? .key(.enter) : .key(.character($0)) }
        case .waitFor(let text):
            guard shown.contains(text) else {
                if Date() > deadline { failure = "“\(text)” never showed; the screen was:\n\(shown)" }
                usleep(UInt32(min(milliseconds, 20)) * 1000)
                return .idle
            }
        case .run(let body):
            body()
        }
        script.removeFirst()
        deadline = Date().addingTimeInterval(30)
        return pending.isEmpty ? .idle : .event(pending.removeFirst())
    }
}

/// The real SQLite store, whose look-ups a test can hold up until it lets them go.
final class HeldStore: CaseStore, @unchecked Sendable {
    let store: SQLiteCaseStore
    private let gate = NSCondition()
    private var held = false
    private(set) var lookUps = 0

    init(_ store: SQLiteCaseStore) {
        self.store = store
    }

    func hold() { gate.withLock { held = true } }

    func release() {
        gate.withLock {
            held = false
            gate.broadcast()
        }
    }

    func prepareLookUp(_ receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> PreparedLookUp
    {
        gate.withLock {
            lookUps += 1
            // Not forever: were the look-up run on the input loop, the test must fail, not hang.
            let deadline = Date().addingTimeInterval(10)
            while held, gate.wait(until: deadline) {}
        }
        return try store.prepareLookUp(receipt, kiosk: kiosk, policy: policy, at: now)
    }

    func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord? { try store.find(receipt) }

    func verdict(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date) throws(CaseStoreError)
        -> GuessVerdict { try store.verdict(receipt: receipt, kiosk: kiosk, policy: policy, at: now) }

    func recordFailure(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date, isCase: Bool)
        throws(CaseStoreError) -> GuessVerdict
    { try store.recordFailure(receipt: receipt, kiosk: kiosk, policy: policy, at: now) }

    func recordSuccess(receipt: ReceiptNumber) throws(CaseStoreError) { try store.recordSuccess(receipt: receipt) }

    func unlock(receipt: ReceiptNumber) throws(CaseStoreError) -> Bool { try store.unlock(receipt: receipt) }

    func locks(at now: Date) throws(CaseStoreError) -> [(receipt: ReceiptNumber, until: Date)] {
        try store.locks(at: now)
    }
}
