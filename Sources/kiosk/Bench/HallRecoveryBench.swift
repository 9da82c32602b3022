import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import Logging
import ProcedureCatalog

/// How soon a hall's kiosks are back after the server was away: `kiosks` simulated kiosks, each with its own
/// pool, copy, outbox and sync thread, as kiosk processes have; the server stopped, three ratings waiting in each
/// outbox, an outage of `outage` seconds, the server started; the time from its start until every outbox is
/// empty. Measured twice in the same run: as kiosks do it (a probe on a connection of the sync's own, every
/// 2 s ± 0.5 s, then a new pool) and the alternative, retrying through the pool (which backs off up to a minute).
enum HallRecoveryBench {
    struct Figures {
        var kiosks: Int
        var outage: Double
        /// Seconds from the server's start to each kiosk's empty outbox, renewing and through the pool.
        var renewing: [Double] = []
        var throughPool: [Double] = []
    }

    /// `stop` and `start` are shell commands (scripts/bench-hall passes pg_ctl's).
    static func run(address: HallServerAddress, password: String?, kiosks: Int, outage: Double, cache: String,
                    stop: String, start: String, log: (String) -> Void) throws -> Figures {
        var figures = Figures(kiosks: kiosks, outage: outage)
        for renews in [true, false] {
            log("hall: \(kiosks) kiosks, a \(Int(outage)) s outage, \(renews ? "renewing the pool" : "through the pool")")
            let drained = try measure(address: address, password: password, kiosks: kiosks, outage: outage,
                                      folder: "\(cache)/hall-recovery-\(renews)", renews: renews, stop: stop, start: start)
            if renews { figures.renewing = drained } else { figures.throughPool = drained }
        }
        return figures
    }

    private static func measure(address: HallServerAddress, password: String?, kiosks: Int, outage: Double,
                                folder: String, renews: Bool, stop: String, start: String) throws -> [Double] {
        try? FileManager.default.removeItem(atPath: folder)
        let quiet = Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })
        let stores = try (0 ..< kiosks).map { index in
            HallCaseStore(
                server: HallServer(client: HallClient(address: address, password: password, connections: 2,
                                                      logger: quiet)),
                copy: try SQLiteCaseStore(path: "\(folder)/\(index)/copy.sqlite", key: SyntheticCache.key),
                outbox: try HallOutbox(path: "\(folder)/\(index)/outbox.sqlite"), link: HallLink(),
                kiosk: "bench-\(index)", logger: quiet)
        }
        let syncs = stores.map { store in
            HallSync(store: store, logger: quiet, renewsPool: renews) {
                KioskContact(kiosk: store.kiosk, lastContact: Date(), catalog: CatalogVersion(digest: "bench", date: nil),
                             programVersion: KioskVersion.current, outboxLength: 0)
            }
        }
        defer {
            for sync in syncs { sync.stop() }
            for store in stores { store.server.client.shutdown() }
        }
        for sync in syncs { sync.start() }
        try wait("every kiosk reaching the server and filling its copy", seconds: 600) { stores.allSatisfy { $0.link.isUp && $0.link.copiedAt != nil } }
        try shell(stop)
        for store in stores {
            for _ in 0 ..< 3 {
                _ = try? store.save(Rating(kind: .quick, kiosk: store.kiosk, answers: [.overall: 2], time: Date()))
            }
        }
        Thread.sleep(forTimeInterval: outage)
        try shell(start)
        let back = Date()
        var drained = [Double?](repeating: nil, count: kiosks)
        try wait("every outbox empty", seconds: 180) {
            for (index, store) in stores.enumerated() where drained[index] == nil {
                if (try? store.outbox.count()) == 0 { drained[index] = Date().timeIntervalSince(back) }
            }
            return !drained.contains(nil)
        }
        return drained.compactMap { $0 }.sorted()
    }

    private static func wait(_ what: String, seconds: Double, _ done: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !done() {
            guard Date() < deadline else { throw HallError.unreachable("bench: no \(what) within \(Int(seconds)) s") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Runs `command` with /bin/sh (posix_spawn and waitpid: Foundation's Process did not return from a
    /// pg_ctl start, whose server keeps running).
    private static func shell(_ command: String) throws {
        let result = try ProcessMeasure.run("/bin/sh", ["-c", command])
        guard result.status == 0 else { throw HallError.unreachable("bench: `\(command)` ended with \(result.status)") }
    }

    static func markdown(_ f: Figures) -> String {
        func at(_ values: [Double], _ share: Double) -> Double {
            values.isEmpty ? 0 : values[min(values.count - 1, Int(Double(values.count - 1) * share))]
        }
        func row(_ name: String, _ values: [Double]) -> String {
            String(format: "| %@ | %.1f s | %.1f s |", name, at(values, 0.5), at(values, 1))
        }
        let ratio = at(f.renewing, 1) > 0 ? String(format: "%.1f×", at(f.throughPool, 1) / at(f.renewing, 1)) : "–"
        return """
            | after a \(Int(f.outage)) s outage, \(f.kiosks) kiosks, 3 ratings waiting in each | median kiosk | last kiosk |
            |---|---|---|
            \(row("outbox empty after the server's start: probe and new pool (as kiosks do)", f.renewing))
            \(row("the alternative: retrying through the pool", f.throughPool))
            | the last kiosk, through the pool ÷ renewing | | \(ratio) |
            """
    }
}
