import Foundation
import GRDB
import ProcedureCatalog

/// How often the procedure a query came from is among the first results: the kiosk's search beside SQLite FTS5
/// (bm25 over folded names, each word a prefix term) and fzf --filter (its own matching and scoring over the
/// names as written), on the same real names and queries, in the same run.
struct SearchQuality {
    /// One engine's answers to every query: the catalog positions it ranks first, best first.
    struct Engine {
        var name: String
        var results: [[Int]]
    }

    /// Shares for one engine and one kind of query.
    struct Shares {
        var queries = 0
        var top3 = 0
        var top10 = 0
        /// Queries that at most three names fully match…
        var narrow = 0
        /// …and that have all of those names in the first three.
        var narrowAllInTop3 = 0
    }

    let queries: QualityQueries
    let names: [String]
    var engines: [Engine] = []

    static let depth = 10

    init(catalog: Catalog, perKind: Int, phrasings: [(text: String, codes: Set<String>)] = []) {
        names = catalog.procedures.map(\.name.vi)
        queries = QualityQueries(names: names, codes: catalog.procedures.map(\.code.national), perKind: perKind,
                                 phrasings: phrasings)
    }

    mutating func measureKiosk(_ index: SearchIndex) {
        engines.append(Engine(name: "kiosk", results: queries.queries.map { query in
            index.search(query.text, limit: Self.depth).map(\.procedure)
        }))
    }

    mutating func measureFTS5() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE names USING fts5(name)")
            let insert = try db.makeStatement(sql: "INSERT INTO names (rowid, name) VALUES (?, ?)")
            for (position, name) in names.enumerated() {
                try insert.execute(arguments: [position + 1, VietnameseFolding.fold(name)])
            }
        }
        let results = try db.read { db in
            let select = try db.makeStatement(sql: "SELECT rowid FROM names WHERE names MATCH ? ORDER BY rank LIMIT ?")
            return try queries.queries.map { query -> [Int] in
                let words = VietnameseFolding.words(query.text).map { $0.replacingOccurrences(of: "\"", with: "") }
                guard !words.isEmpty else { return [] }
                let match = words.map { "\"\($0)\"*" }.joined(separator: " ")
                return try Int64.fetchAll(select, arguments: [match, Self.depth]).map { Int($0) - 1 }
            }
        }
        engines.append(Engine(name: "SQLite FTS5", results: results))
    }

    /// fzf once per query, the names on its standard input (with their positions in a field it does not match).
    mutating func measureFZF() throws {
        guard let fzf = Comparisons.fzfPath else { return }
        let input = NSTemporaryDirectory() + "kiosk-quality-names-\(getpid())"
        let lines = names.enumerated().map { "\($0.element)\t\($0.offset)" }
        try lines.joined(separator: "\n").write(toFile: input, atomically: true, encoding: .utf8)
        defer { unlink(input) }
        let results = queries.queries.map { query -> [Int] in
            let output = ProcessOutput.run(fzf, ["--filter", query.text, "--delimiter", "\t", "--nth", "1"],
                                           stdin: input)
            return output.split(separator: "\n").prefix(Self.depth).compactMap { line in
                line.split(separator: "\t").last.flatMap { Int($0) }
            }
        }
        engines.append(Engine(name: "fzf --filter", results: results))
    }

    /// The kiosk's queries whose procedure is not in its first 3, or whose narrow set is not: with what it put
    /// first, and where the other engines put it. For whoever works on the ranking.
    func misses() -> String {
        guard let kiosk = engines.first else { return "" }
        var lines: [String] = []
        for (number, (query, results)) in zip(queries.queries, kiosk.results).enumerated() {
            let found = results.firstIndex { query.isMeant($0, names) }
            let others = engines.dropFirst().map { engine -> String in
                let rank = engine.results[number].firstIndex { query.isMeant($0, names) }
                return "\(engine.name) \(rank.map { "#\($0 + 1)" } ?? "–")"
            }.joined(separator: ", ")
            let narrowMissed = query.kind != .code && !query.matching.isEmpty && query.matching.count <= 3
                && !Set(query.matching.map { names[$0] }).isSubset(of: Set(results.prefix(3).map { names[$0] }))
            guard found == nil || found! >= 3 || narrowMissed else { continue }
            lines.append("[\(query.kind)] “\(query.text)” → \(found.map { "#\($0 + 1)" } ?? "absent"): \(names[query.intended])"
                + (query.matching.count <= 3 ? " (\(query.matching.count) match)" : "") + " [\(others)]"
                + (narrowMissed ? " NARROW MISSED" : ""))
            for (rank, position) in results.prefix(3).enumerated() { lines.append("    \(rank + 1). \(names[position])") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The shares of one engine by kind of query, and over all.
    func shares(_ engine: Engine) -> [QualityQueries.Kind?: Shares] {
        var shares: [QualityQueries.Kind?: Shares] = [:]
        for (query, results) in zip(queries.queries, engine.results) {
            // A name written twice in the catalog is found by either of its procedures.
            let found = results.firstIndex { query.isMeant($0, names) }
            for key in [query.kind, nil] as [QualityQueries.Kind?] {
                var share = shares[key, default: Shares()]
                share.queries += 1
                if let found, found < 3 { share.top3 += 1 }
                if let found, found < 10 { share.top10 += 1 }
                if query.kind != .code, !query.matching.isEmpty, query.matching.count <= 3 {
                    share.narrow += 1
                    let wanted = Set(query.matching.map { names[$0] })
                    if wanted.isSubset(of: Set(results.prefix(3).map { names[$0] })) { share.narrowAllInTop3 += 1 }
                }
                shares[key] = share
            }
        }
        return shares
    }

    /// The table: for each kind of query, each engine's share in the top 3 and top 10.
    func markdown() -> String {
        var lines = ["| queries (\(queries.queries.count) from \(names.count) real names) | "
            + engines.map { "\($0.name) top 3 / top 10" }.joined(separator: " | ") + " |"]
        lines.append("|---|" + String(repeating: "---|", count: engines.count))
        let all = engines.map(shares)
        let kinds = QualityQueries.Kind.allCases.filter { kind in queries.queries.contains { $0.kind == kind } }
        for kind in kinds.map(Optional.some) + (kinds.count > 1 ? [nil] : []) {
            let label = kind.map { "\($0.rawValue) (\(all.first?[$0]?.queries ?? 0))" } ?? "**all**"
            lines.append("| \(label) | " + all.map { shares in
                guard let share = shares[kind] else { return "–" }
                return "\(Self.percent(share.top3, share.queries)) / \(Self.percent(share.top10, share.queries))"
            }.joined(separator: " | ") + " |")
        }
        if (all.first?[nil]?.narrow ?? 0) > 0 {
            lines.append("| at most 3 names hold every word: all of them in the top 3 (\(all.first?[nil]?.narrow ?? 0)) | "
                + all.map { shares in
                    shares[nil].map { Self.percent($0.narrowAllInTop3, $0.narrow) } ?? "–"
                }.joined(separator: " | ") + " |")
        }
        if Comparisons.fzfPath == nil { lines.append("\n(fzf not installed: `apt-get install fzf` adds its column)") }
        return lines.joined(separator: "\n")
    }

    private static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.1f%%", Double(part) * 100 / Double(whole))
    }
}

/// A program's standard output, its input from a file: without a shell, so no query needs quoting.
enum ProcessOutput {
    static func run(_ path: String, _ arguments: [String], stdin: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle(forReadingAtPath: stdin)
        do { try process.run() } catch { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
