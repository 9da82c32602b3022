import Foundation
import GRDB
import ProcedureCatalog

/// Search latency per keystroke in the kiosk's index, and the same queries through SQLite FTS5 over a folded
/// column and through fzf --filter, in the same run.
enum SearchBench {
    /// Each keystroke's latency and the slowest single one seen.
    struct Keystrokes {
        /// Per keystroke, the median of its rounds.
        var medians = Latencies()
        var slowest: UInt64 = 0
    }

    /// Rounds of typing every query: on a shared machine one keystroke in a few hundred is delayed by
    /// milliseconds that are not the search's (another tenant, an interrupt), so each keystroke's figure is the
    /// median of its rounds. The slowest single time is reported too.
    static let rounds = 5

    /// Every keystroke of every query, ranked, with the kiosk's limit, typed in order `rounds` times.
    static func kiosk(_ index: SearchIndex) -> Keystrokes {
        for _ in 0 ..< 3 { _ = index.search("thu tuc hanh chinh", limit: 500) }  // warm up, on no bench query
        let keystrokes = BenchQueries.keystrokes
        var samples = [[UInt64]](repeating: [], count: keystrokes.count)
        for _ in 0 ..< rounds {
            for (position, prefix) in keystrokes.enumerated() {
                var one = Latencies()
                one.time { _ = index.search(prefix, limit: 500) }
                samples[position].append(one.max)
            }
        }
        var result = Keystrokes()
        for times in samples {
            result.medians.add(times.sorted()[times.count / 2])
            result.slowest = max(result.slowest, times.max() ?? 0)
        }
        // Where to look when a figure is high: the slowest keystrokes, on stderr.
        let worst = zip(result.medians.samples, keystrokes).sorted { $0.0 > $1.0 }.prefix(6)
            .map { "“\($0.1)” \(Figure.duration($0.0))" }
        FileHandle.standardError.write(Data("bench: slowest keystrokes (median of \(rounds)) at \(index.procedureCount): \(worst.joined(separator: ", "))\n".utf8))
        return result
    }

    /// Whole queries only, to set beside fzf (which is run once a query).
    static func kioskWholeQueries(_ index: SearchIndex) -> Latencies {
        var latencies = Latencies()
        for query in BenchQueries.all { latencies.time { _ = index.search(query, limit: 500) } }
        return latencies
    }

    /// FTS5 with each word as a prefix term over names folded like the kiosk's (no typo tolerance, no Telex).
    static func fts5(_ names: [String]) throws -> Latencies {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE names USING fts5(name)")
            let insert = try db.makeStatement(sql: "INSERT INTO names (name) VALUES (?)")
            for name in names { try insert.execute(arguments: [VietnameseFolding.fold(name)]) }
        }
        var latencies = Latencies()
        try db.read { db in
            let select = try db.makeStatement(sql: "SELECT rowid FROM names WHERE names MATCH ? ORDER BY rank LIMIT 500")
            for prefix in BenchQueries.keystrokes {
                let words = VietnameseFolding.words(prefix)
                guard !words.isEmpty else { continue }
                let match = words.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"*" }.joined(separator: " ")
                _ = try latencies.time { try Int64.fetchAll(select, arguments: [match]) }
            }
        }
        return latencies
    }

    /// fzf --filter reading the names on stdin, once per whole query (as a script would call it).
    static func fzf(_ names: [String]) throws -> Latencies {
        guard let fzf = Comparisons.fzfPath else { return Latencies() }
        let input = NSTemporaryDirectory() + "kiosk-bench-names-\(getpid())"
        try names.joined(separator: "\n").write(toFile: input, atomically: true, encoding: .utf8)
        defer { unlink(input) }
        var latencies = Latencies()
        for query in BenchQueries.all {
            let quoted = "'" + query.replacingOccurrences(of: "'", with: "'\\''") + "'"
            latencies.time { _ = system("\(fzf) --filter \(quoted) < \(input) > /dev/null 2>&1") }
        }
        return latencies
    }
}

enum Comparisons {
    static let fzfPath: String? = ["/usr/bin/fzf", "/usr/local/bin/fzf"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}
