import CaseTracking
import Foundation

/// Receipt look-ups as the kiosk makes them (case and history, second factor checked), hits and misses.
enum LookupBench {
    static func run(path: String, count: Int) throws -> (hits: Latencies, misses: Latencies) {
        // A kiosk that has run for a while has the database in the page cache: read it once before measuring.
        if let file = FileHandle(forReadingAtPath: path) {
            while let chunk = try? file.read(upToCount: 1 << 24), !chunk.isEmpty {}
            try? file.close()
        }
        let store = try SQLiteCaseStore(path: path)
        let lookup = CaseLookup(store: store, requireSecondFactor: true)
        var random = SystemRandomNumberGenerator()
        var hits = Latencies(), misses = Latencies()
        for _ in 0 ..< 200 { _ = lookup.lookUp(SyntheticCache.receipt(Int.random(in: 0 ..< count, using: &random)), idLast4: "0000") }
        for _ in 0 ..< 20_000 {
            let i = Int.random(in: 0 ..< count, using: &random)
            let digits = String(format: "%04d", i % 10_000)
            hits.time { _ = lookup.lookUp(SyntheticCache.receipt(i), idLast4: digits) }
            let miss = ReceiptNumber(agency: "000.00.14.H08", day: "261127", sequence: 1 + i % 9999)!
            misses.time { _ = lookup.lookUp(miss, idLast4: digits) }
        }
        return (hits, misses)
    }
}
