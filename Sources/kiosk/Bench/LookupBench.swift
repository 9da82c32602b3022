import CaseTracking
import Foundation
import GRDB

/// Receipt look-ups as the kiosk makes them (guess limit read, case and history, second factor checked against
/// its keyed hash), hits and misses; a miss also counts its failure (a write).
enum LookupBench {
    static func run(path: String, count: Int) throws -> (hits: Latencies, misses: Latencies) {
        // A kiosk that has run for a while has the database in the page cache: read it once before measuring.
        if let file = FileHandle(forReadingAtPath: path) {
            while let chunk = try? file.read(upToCount: 1 << 24), !chunk.isEmpty {}
            try? file.close()
        }
        // Every run starts from the same file: no counts left by an earlier run's misses, the WAL emptied.
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "DELETE FROM receipt_guesses; DELETE FROM kiosk_guesses")
            try db.checkpoint(.truncate)
        }
        let store = try SQLiteCaseStore(path: path, key: SyntheticCache.key)
        // Limits far away, so that every miss takes the whole path (a refused look-up would be quicker).
        var policy = GuessPolicy()
        policy.kioskBurst = 1 << 30
        policy.freeFailures = 1 << 30
        policy.lockAfter = 1 << 30
        let lookup = CaseLookup(store: store, secondFactor: SyntheticCache.key, kiosk: "bench", policy: policy)
        var random = SystemRandomNumberGenerator()
        var hits = Latencies(), misses = Latencies()
        for _ in 0 ..< 200 { _ = lookup.lookUp(SyntheticCache.receipt(Int.random(in: 0 ..< count, using: &random)), idLast4: "0000") }
        // Hits first, then misses: a miss writes its count, and after a write every reader's page cache starts
        // cold (SQLite's WAL mode), so mixed one for one the hits would measure the cost of the misses' writes.
        for _ in 0 ..< 20_000 {
            let i = Int.random(in: 0 ..< count, using: &random)
            hits.time { _ = lookup.lookUp(SyntheticCache.receipt(i), idLast4: String(format: "%04d", i % 10_000)) }
        }
        for _ in 0 ..< 20_000 {
            let i = Int.random(in: 0 ..< count, using: &random)
            let miss = ReceiptNumber(agency: "000.00.14.H08", day: "261127", sequence: 1 + i % 9999)!
            misses.time { _ = lookup.lookUp(miss, idLast4: String(format: "%04d", i % 10_000)) }
        }
        return (hits, misses)
    }
}
