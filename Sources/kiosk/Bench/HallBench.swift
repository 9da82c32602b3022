import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import Logging

/// Many kiosks on one hall server: each simulated kiosk has its own connection pool (2), copy and outbox, as a
/// kiosk process would, and looks up and rates for a bounded time on a thread of its own. Measured beside the
/// embedded SQLite look-up of the same cases, in the same run.
enum HallBench {
    struct Figures {
        var kiosks: Int
        var seconds: Double
        var lookups = Latencies()
        var ratings = 0
        var embedded = Latencies()
        var failures = 0
    }

    static let caseCount = 20_000

    static func run(url: String, kiosks: Int, seconds: Double, cache: String, log: (String) -> Void) throws -> Figures {
        guard case .success(let address) = HallServerAddress.parse(url) else {
            throw HallError.unreachable("--hall-url: not a postgresql:// URL")
        }
        let password = try HallPassword.load(for: address, file: nil)
        let owner = HallServer(client: HallClient(address: address, password: password, connections: 2))
        _ = try owner.probe(within: 10)
        _ = try owner.migrate(logger: Logger(label: "bench"))
        log("hall: \(caseCount) cases on the server")
        var records: [CaseRecord] = []
        for i in 0 ..< caseCount {
            let number = SyntheticCache.receipt(i)
            records.append(CaseRecord(
                receipt: number, procedureCode: "2.000488.000.00.00.H08", maskedName: "Nguyễn V** A*",
                secondFactor: SyntheticCache.key.digest(receipt: number, last4: String(format: "%04d", i % 10_000)),
                channel: .inPerson, receivedAt: LocalTime("2026-11-20 08:15"), appointment: LocalDay("2026-12-04"),
                status: CaseStatus(rawValue: 1 + i % 10)!, handlingAgency: "STP"))
        }
        try owner.replaceDemo(with: [])
        for start in stride(from: 0, to: records.count, by: 2_000) {
            try owner.save(Array(records[start ..< min(records.count, start + 2_000)]))
        }
        try owner.client.call(within: 30) { client in
            try await client.query("DELETE FROM receipt_guesses")
            try await client.query("DELETE FROM ratings WHERE kiosk LIKE 'bench-%'")
        }
        var figures = Figures(kiosks: kiosks, seconds: seconds)
        figures.embedded = try embedded(records, cache: cache)
        log("hall: \(kiosks) kiosks looking up and rating for \(Int(seconds)) s")
        let folder = "\(cache)/hall-bench"
        try? FileManager.default.removeItem(atPath: folder)
        let stores = try (0 ..< kiosks).map { index in
            let client = HallClient(address: address, password: password, connections: 2)
            return HallCaseStore(
                server: HallServer(client: client), copy: try SQLiteCaseStore(path: "\(folder)/\(index)/copy.sqlite", key: SyntheticCache.key),
                outbox: try HallOutbox(path: "\(folder)/\(index)/outbox.sqlite"), link: HallLink(),
                kiosk: "bench-\(index)", logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() }))
        }
        final class Totals: @unchecked Sendable {
            let lock = NSLock()
            var lookups = Latencies()
            var ratings = 0
            var failures = 0
        }
        let totals = Totals()
        let end = Date().addingTimeInterval(seconds)
        DispatchQueue.concurrentPerform(iterations: kiosks) { index in
            var policy = GuessPolicy()
            policy.kioskBurst = 1 << 30
            let lookup = CaseLookup(store: stores[index], secondFactor: SyntheticCache.key, kiosk: "bench-\(index)",
                                    policy: policy)
            var random = SystemRandomNumberGenerator()
            var mine = Latencies()
            var rated = 0, failed = 0
            var iteration = 0
            while Date() < end {
                let i = Int.random(in: 0 ..< caseCount, using: &random)
                let outcome = mine.time { lookup.lookUp(SyntheticCache.receipt(i), idLast4: String(format: "%04d", i % 10_000)) }
                if case .found = outcome {} else { failed += 1 }
                iteration += 1
                // One citizen in ten rates after looking up.
                if iteration % 10 == 0 {
                    let rating = Rating(kind: .quick, kiosk: "bench-\(index)", answers: [.overall: 2], time: Date())
                    if (try? stores[index].save(rating)) != nil { rated += 1 }
                }
            }
            totals.lock.withLock {
                for sample in mine.samples { totals.lookups.add(sample) }
                totals.ratings += rated
                totals.failures += failed
            }
        }
        figures.lookups = totals.lookups
        figures.ratings = totals.ratings
        figures.failures = totals.failures
        for store in stores { store.server.client.shutdown() }
        owner.client.shutdown()
        return figures
    }

    /// The same look-ups on the embedded SQLite file, one kiosk.
    private static func embedded(_ records: [CaseRecord], cache: String) throws -> Latencies {
        let path = "\(cache)/hall-bench-embedded.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try SQLiteCaseStore(path: path, key: SyntheticCache.key)
        try store.save(records)
        let lookup = CaseLookup(store: store, secondFactor: SyntheticCache.key, kiosk: "bench", policy: GuessPolicy())
        var latencies = Latencies()
        var random = SystemRandomNumberGenerator()
        for _ in 0 ..< 20_000 {
            let i = Int.random(in: 0 ..< records.count, using: &random)
            latencies.time { _ = lookup.lookUp(SyntheticCache.receipt(i), idLast4: String(format: "%04d", i % 10_000)) }
        }
        return latencies
    }

    static func markdown(_ f: Figures) -> String {
        let p50 = f.lookups.percentile(50), p99 = f.lookups.percentile(99)
        let e50 = f.embedded.percentile(50), e99 = f.embedded.percentile(99)
        func ratio(_ a: UInt64, _ b: UInt64) -> String { b == 0 ? "–" : String(format: "%.1f×", Double(a) / Double(b)) }
        return """
            | hall server, loopback (\(f.kiosks) kiosks, \(Int(f.seconds)) s, \(Figure.count(caseCount)) cases) | p50 | p99 | vs embedded SQLite |
            |---|---|---|---|
            | look-up through the server (\(Figure.count(f.lookups.samples.count)) look-ups, \(f.failures) not found) | \(Figure.duration(p50)) | \(Figure.duration(p99)) | \(ratio(p50, e50)) / \(ratio(p99, e99)) |
            | look-up in the embedded SQLite file (one kiosk) | \(Figure.duration(e50)) | \(Figure.duration(e99)) | 1× |
            | ratings sent through the outbox | \(String(format: "%.0f", Double(f.ratings) / f.seconds)) a second | | |
            """
    }
}
