import CaseTracking
import DemoTours
import Foundation
import KioskConfiguration
import KioskGrid
import KioskOperations
import Logging
import ProcedureCatalog
import Testing
import TestSupport
@testable import KioskRuntime
@testable import KioskUI

/// The run loop turn by turn, in memory, as bubbletea tests its Update and ratatui draws on its TestBackend: a
/// scripted display, a clock the test moves, effects answered at once. Nothing here sleeps or polls the wall
/// clock; what a tmux test would wait seconds for (the idle reset, the attract loop, the outbox's retry, the
/// usage summary, a catalog reload) is a clock moved by the test.
@Suite struct KioskLoopStepTests {
    /// The loop's time, moved by the test.
    final class TestClock: KioskClock, @unchecked Sendable {
        var wall = Date(timeIntervalSince1970: 1_796_000_000)
        var up: TimeInterval = 1000
        func now() -> Date { wall }
        func uptime() -> TimeInterval { up }
        func advance(_ seconds: TimeInterval) {
            wall += seconds
            up += seconds
        }
    }

    /// A kiosk on the shipped catalog and kiosk.conf, with its own case file and ratings outbox.
    struct Rig {
        let display = ScriptedDisplay(size: Size(width: 100, height: 30))
        let clock = TestClock()
        let lines = LogCapture()
        let folder = TestScratch.root + "loop-step-\(UUID().uuidString)"
        let store: SQLiteCaseStore
        let outbox: RatingOutbox
        var loop: KioskLoop
        var turn: KioskLoop.Turn

        init(catalogFolder: String = KioskLoopTests.root.appendingPathComponent("Catalog").path, watch: Bool = false,
             attract: Tour? = nil) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let catalog = try CatalogLoader.load(directory: catalogFolder).scoped(.localLevels)
            let config = try KioskConfig.load(file: KioskLoopTests.root.appendingPathComponent("kiosk.conf").path)
            let app = KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: config)
            let key = SecondFactorKey(bytes: [UInt8](repeating: 7, count: SecondFactorKey.byteCount))
            store = try SQLiteCaseStore(path: folder + "/cases.sqlite", key: key)
            outbox = RatingOutbox(path: folder + "/ratings-outbox.jsonl")
            let lookup = CaseLookup(store: store, secondFactor: key, kiosk: "step", policy: GuessPolicy(baseCooldown: 30))
            let ratings = RatingRecorder(store: store, outbox: outbox, perMinute: 10, logger: lines.logger)
            let runner = EffectRunner(lookup: lookup, staffExit: nil, ratings: ratings, logger: lines.logger,
                                      clock: clock, mode: .inline)
            let watcher = watch ? CatalogWatcher(folder: catalogFolder, scope: .localLevels, loading: .inline) : nil
            loop = KioskLoop(app: app, display: display, runner: runner, language: .vi, watcher: watcher,
                             reloads: nil, clock: clock, logger: lines.logger)
            loop.demo = DemoSettings(attract: attract, attractAfter: 60)
            turn = loop.start()
        }

        /// One turn of the loop; it must go on.
        mutating func step() {
            let ending = loop.step(&turn)
            #expect(ending == nil)
        }

        /// Typed as a person types: a key a turn, a fifth of a second apart (a faster burst is a scanner's).
        mutating func type(_ text: String) {
            for character in text {
                display.type(String(character))
                step()
                clock.advance(0.2)
            }
            step()  // the last key, let go by the scanner's gap
            step()  // and the frame that shows it (a turn draws before it reads)
        }
    }

    @Test("a burst of 300 keys: 256 handled before the next frame, the rest in the next turn")
    func burst() throws {
        var rig = try Rig()
        rig.display.burst(Array(repeating: .key(.down), count: 300))
        rig.step()
        #expect(rig.display.drawn.count == 1, "one frame for the first 256 keys")
        #expect(rig.display.queued == 300 - 256 + 1, "44 keys and the pause after them wait")
        rig.step()
        #expect(rig.display.drawn.count == 2 && rig.display.queued == 0)
        rig.step()
        #expect(rig.display.drawn.count == 3)
    }

    @Test("left alone, the screen asks “still there?” after the idle time and clears everything 10 s later")
    func idleReset() throws {
        var rig = try Rig()
        rig.type("ho chieu")
        #expect(rig.display.shown.contains("│ ho chieu"), "\(rig.display.shown)")
        rig.clock.advance(90)
        rig.step()
        rig.step()
        #expect(rig.display.shown.contains("Màn hình sẽ được xóa sau 10 giây"), "\(rig.display.shown)")
        rig.clock.advance(4)
        rig.step()
        rig.step()
        #expect(rig.display.shown.contains("sau 6 giây"), "the countdown counts: \(rig.display.shown)")
        rig.clock.advance(6)
        rig.step()
        rig.step()
        #expect(rig.loop.app.isPristine(rig.turn.state), "everything of the last citizen cleared")
        #expect(!rig.display.shown.contains("│ ho chieu") && rig.display.shown.contains("Xin chào"))
        rig.clock.advance(600)
        rig.step()
        #expect(rig.display.shown.contains("Xin chào") && !rig.display.shown.contains("Quý khách còn sử dụng không"),
                "an untouched home screen never counts down")
    }

    @Test("a rating kept in the outbox is written by the loop's retry within its interval")
    func outboxRetry() throws {
        var rig = try Rig()
        let rating = Rating(kind: .quick, kiosk: "step", answers: [.overall: 2], time: rig.clock.wall)
        try rig.outbox.keep(rating)
        rig.step()
        #expect(try rig.store.ratings(from: .distantPast, to: .distantFuture).isEmpty, "not before the interval")
        rig.clock.advance(5)
        rig.step()
        #expect(try rig.store.ratings(from: .distantPast, to: .distantFuture).map(\.id) == [rating.id])
        #expect(try rig.outbox.pending().isEmpty)
    }

    @Test("usage: a search left without a result and a procedure opened are logged every 10 minutes, then start over")
    func usageCounts() throws {
        var rig = try Rig()
        rig.type("xyzzy qwerty")
        rig.display.press([.escape])
        rig.step()
        rig.clock.advance(590)
        rig.step()
        #expect(rig.lines.count("usage") == 0, "not before ten minutes")
        rig.clock.advance(10)
        rig.step()
        #expect(rig.lines.count("usage") == 1)
        let usage = try #require(rig.lines.entries.first { $0.message == "usage" }?.metadata)
        #expect("\(usage["searches_without_result"] ?? "")".contains("xyzzy qwerty"), "\(usage)")
        rig.clock.advance(600)
        rig.step()
        #expect(rig.lines.count("usage") == 1, "nothing new, nothing logged")
    }

    @Test("the attract loop starts on an untouched home screen and hands over at the first key")
    func attractLoop() throws {
        let root = KioskLoopTests.root.appendingPathComponent("Catalog").path
        let catalog = try CatalogLoader.load(directory: root)
        let tours = try TourLoader.load(catalogFolder: root, procedureCodes: Set(catalog.procedures.map(\.code.description)),
                                        caseKeys: try Set(DemoCases.load(file: root + "/demo-cases.yaml",
                                                                         today: LocalDay("2026-12-01")!).map(\.key)))
        let attract = try #require(tours.first { $0.id == "attract" })
        var rig = try Rig(attract: attract)
        rig.clock.advance(59)
        rig.step()
        #expect(!rig.loop.playingTour, "not before attract_after_seconds")
        rig.clock.advance(1)
        rig.step()
        #expect(rig.loop.playingTour)
        rig.display.press([.function(2)])
        rig.step()
        #expect(!rig.loop.playingTour, "a key hands the kiosk back")
        #expect(rig.loop.app.isPristine(rig.turn.state), "to a fresh home screen: the key only ended the tour")
    }

    @Test("a catalog edited on disk is taken at the next check, the citizen's screen kept; a broken one is refused")
    func catalogReload() throws {
        let copy = TestScratch.root + "loop-catalog-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: KioskLoopTests.root.appendingPathComponent("Catalog").path, toPath: copy)
        var rig = try Rig(catalogFolder: copy, watch: true)
        rig.type("ho chieu")
        let file = copy + "/catalog.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "vi: Tỉnh Bình Dương", with: "vi: Tỉnh Bình Dương mới")
            .write(toFile: file, atomically: true, encoding: .utf8)
        rig.clock.advance(5)
        rig.step()
        #expect(rig.loop.app.catalog.publisher.vi == "Tỉnh Bình Dương mới")
        #expect(rig.lines.count("catalog reloaded") == 1)
        rig.step()
        #expect(rig.display.shown.contains("│ ho chieu"), "the citizen's search stays")
        try "levels: [".write(toFile: file, atomically: true, encoding: .utf8)
        rig.clock.advance(5)
        rig.step()
        #expect(rig.lines.count("catalog rejected, the last good one stays") == 1)
        #expect(rig.loop.app.catalog.publisher.vi == "Tỉnh Bình Dương mới", "the last good catalog stays")
    }
}
