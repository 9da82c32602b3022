import CaseTracking
import Foundation
import KioskConfiguration
import ProcedureCatalog
@testable import KioskUI

/// The shipped catalog and kiosk.conf, loaded once, and a kiosk driven by events the way a citizen drives it.
enum Shipped {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let catalog = try! CatalogLoader.load(directory: root.appendingPathComponent("Catalog").path)
    static let config = try! KioskConfig.load(file: root.appendingPathComponent("kiosk.conf").path)
    static let app = KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: config,
                              timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
    /// Friday 27 November 2026, 09:41 in Bình Dương: a fixed clock so screens compare equal.
    static let now = Date(timeIntervalSince1970: 1_795_747_260)
    static let today = LocalDay(now, in: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
    /// The demo cases dated from `today`, by key.
    static let demo: [String: CaseRecord] = {
        let file = root.appendingPathComponent("Catalog/demo-cases.yaml").path
        let cases = try! DemoCases.load(file: file, today: today)
        return Dictionary(uniqueKeysWithValues: cases.map { ($0.key, $0.record) })
    }()
    static let store = MemoryStore(records: Array(demo.values))
}

/// Cases in memory, for screens that look them up.
struct MemoryStore: CaseStore {
    var records: [CaseRecord]
    var unavailable = false

    func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord? {
        if unavailable { throw CaseStoreError(path: "memory", reason: "switched off") }
        return records.first { $0.receipt == receipt }
    }
}

/// A kiosk session in a test: send events, read the screen.
struct Session {
    var app = Shipped.app
    var state: KioskState
    var effects: [Effect] = []
    /// Answers case look-ups as the run loop does.
    var lookup = CaseLookup(store: Shipped.store, requireSecondFactor: true)

    init(_ language: Language = .vi, width: Int = 80, height: Int = 24) {
        state = Shipped.app.initialState(language: language, size: Size(width: width, height: height),
                                         now: Shipped.now)
    }

    mutating func send(_ events: KioskEvent...) {
        for event in events { run(event) }
    }

    /// Applies an event and the events its effects produce, like the run loop.
    private mutating func run(_ event: KioskEvent) {
        var pending = [event]
        while !pending.isEmpty {
            for effect in app.update(&state, pending.removeFirst()) {
                effects.append(effect)
                if case .lookUpCase(let receipt, let last4) = effect {
                    pending.append(.caseLookedUp(lookup.lookUp(receipt, idLast4: last4)))
                }
            }
        }
    }

    /// Opens a demo case the way a citizen does on the keyboard: home, check my case, number, ID digits.
    mutating func openCase(_ key: String, digits: String? = nil) {
        let record = Shipped.demo[key]!
        press(.function(1))
        send(.scan(record.receipt.description))
        type(digits ?? String(record.ownerID.suffix(4)))
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
