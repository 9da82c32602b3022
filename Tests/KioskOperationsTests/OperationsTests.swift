import TestSupport
import Foundation
import Logging
import Testing
@testable import KioskOperations

@Suite struct OperationsTests {
    func temporaryFile() -> String {
        TestScratch.root + "kiosk-log-\(UUID().uuidString)/kiosk.log"
    }

    @Test func logLinesAreJSONWithMetadata() throws {
        let path = temporaryFile()
        let file = try LogFile(path: path)
        let logger = Logger(label: "kiosk", factory: { FileLogHandler(label: $0, file: file) })
        logger.info("start", metadata: ["procedures": "82"])
        logger.error("case database unavailable")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["message"] as? String == "start")
        #expect(first?["level"] as? String == "info")
        #expect((first?["meta"] as? [String: Any])?["procedures"] as? String == "82")
        #expect(first?["time"] is String)
    }

    @Test func theLogRotatesAtItsCap() throws {
        let path = temporaryFile()
        let file = try LogFile(path: path, maxBytes: 1000)
        for index in 0 ..< 100 { file.append("line \(index) " + String(repeating: "x", count: 40)) }
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        let old = try FileManager.default.attributesOfItem(atPath: path + ".1")[.size] as? Int ?? 0
        #expect(size <= 1000 && old <= 1000)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("line 99 "))
        #expect(!FileManager.default.fileExists(atPath: path + ".2"))
    }

    /// On a real full disk a line that does not fit is taken back whole: the log never holds half a line, and
    /// a line that fits in what is left of the file's last block, or after room comes back, is written.
    @Test func aFullDiskLeavesNoHalfLine() throws {
        let disk = try SmallDisk()
        let path = disk.path + "/kiosk.log"
        let file = try LogFile(path: path)
        let lines = (0 ..< 3).map { "{\"line\":\($0)}" }
        for line in lines.prefix(2) { file.append(line) }
        disk.fill()
        let long = "{\"long\":\"" + String(repeating: "x", count: 20_000) + "\"}"
        file.append(long)  // part of it fits in the last block's slack; the rest does not
        file.append(lines[2])
        disk.free()
        file.append("{\"after\":true}")
        let written = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(written == lines + ["{\"after\":true}"])
    }

    @Test func usageIsAnonymous() throws {
        var tally = UsageTally()
        tally.searchWithoutResult("Giấy phép bay")
        tally.searchWithoutResult("giay phep  BAY")
        tally.searchWithoutResult("000.00.12.H08-241127-0042")
        tally.searchWithoutResult("074090001234")
        tally.viewed("1.001193.000.00.00.H08")
        tally.lookup(.notFound)
        #expect(tally.searchesWithoutResult == ["giay phep bay": 2, "<number>": 2])
        #expect(tally.proceduresViewed == ["1.001193.000.00.00.H08": 1])
        #expect(tally.lookups == ["not_found": 1])
        let path = temporaryFile()
        let file = try LogFile(path: path)
        let logger = Logger(label: "kiosk", factory: { FileLogHandler(label: $0, file: file) })
        tally.flush(to: logger)
        #expect(tally.isEmpty)
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(text.contains("giay phep bay") && !text.contains("0042") && !text.contains("074090001234"))
    }

    /// Phones, ID digits and PINs as people write them: none is kept; codes and ordinary words are.
    @Test(arguments: [
        "2468", "PIN 2468", "094 554 857", "0901 234 567", "0901.234.567", "0901-234-567", "+84 901 234 567",
        "(028) 3822 1234", "cccd 0740 9000 1234", "cmnd 074-090-001", "so 12 34", "1 2 3 4", "số hồ sơ 0042",
        "năm 2024", "0912/345/678", "12.345", "1.001193 2468",
    ])
    func personalNumbersAreNeverKept(query: String) {
        var tally = UsageTally()
        tally.searchWithoutResult(query)
        #expect(tally.searchesWithoutResult == ["<number>": 1], "\(query)")
    }

    @Test(arguments: ["1.001193.000.00.00.H08", "1.001193", "thủ tục 2.0004", "giấy phép lái xe hạng B2", "123 phố"])
    func codesAndWordsAreKept(query: String) {
        var tally = UsageTally()
        tally.searchWithoutResult(query)
        #expect(tally.searchesWithoutResult.keys.first != "<number>", "\(query)")
        #expect(tally.searchesWithoutResult.count == 1)
    }

    @Test func theWatcherReloadsAChangedCatalogAndRejectsABrokenOne() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = TestScratch.root + "kiosk-catalog-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("Catalog").path, toPath: folder)
        let watcher = CatalogWatcher(folder: folder)
        watcher.check()
        #expect(watcher.take() == nil, "nothing changed")
        let file = folder + "/procedures/ht/1.001193.000.00.00.H08.yaml"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "vi: Đăng ký khai sinh\n", with: "vi: Đăng ký khai sinh (mới)\n")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        watcher.check()
        guard case .loaded(let loaded) = try wait(for: watcher) else {
            Issue.record("the changed catalog was not loaded")
            return
        }
        #expect(loaded.catalog.procedures.contains { $0.name.vi == "Đăng ký khai sinh (mới)" })
        try "code: [unclosed".write(toFile: file, atomically: true, encoding: .utf8)
        watcher.check()
        guard case .rejected(let problems) = try wait(for: watcher) else {
            Issue.record("the broken catalog was not rejected")
            return
        }
        #expect(!problems.isEmpty)
    }

    private func wait(for watcher: CatalogWatcher) throws -> CatalogWatcher.Outcome {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let outcome = watcher.take() { return outcome }
            usleep(20_000)
        }
        throw CancellationError()
    }
}

/// A library's lines through the kiosk's log: a few of each message a minute, then a count of those left out.
@Suite struct RateLimitedLogTests {
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_800_000_000)
    }

    @Test func anOutagesRepeatedLinesAreCappedAndCounted() {
        let clock = Clock()
        let lines = LogCapture()
        let handler = RateLimitedLogHandler(wrapping: lines.handler, burst: 3, window: 60) { clock.now }
        let logger = Logger(label: "postgres-nio") { _ in handler }
        // One a second for two minutes, as a driver retrying a connection does; another message twice.
        for second in 0 ..< 120 {
            clock.now = Date(timeIntervalSince1970: 1_800_000_000 + Double(second))
            logger.error("Connection creation failed")
            if second % 60 == 0 { logger.error("Query failed") }
        }
        let repeated = lines.entries.filter { $0.message == "Connection creation failed" }
        #expect(repeated.count == 6, "three in each minute")
        #expect(repeated.map { $0.metadata["dropped_before"].map { "\($0)" } } == [nil, nil, nil, "57", nil, nil],
                "the first of a new minute says what was left out")
        #expect(lines.count("Query failed") == 2, "another message has its own count")
    }
}
