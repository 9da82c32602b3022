import ArgumentParser
import CaseTracking
import Foundation
import GRDB
import HallDatabase
import KioskConfiguration
import KioskUI
import ProcedureCatalog

/// `kiosk bench`: how fast the kiosk is for a province and at national scale, side by side with what a user
/// would reach for instead (fzf, SQLite FTS5), measured in the same run. Prints one table. Build in release.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure catalog load, search, case look-up and drawing at 2,000 to 500,000 procedures and up to 10 million cases."
    )

    @Flag(name: .long, help: "Small sizes only, under a minute (what CI runs; it asserts nothing about time).")
    var quick = false

    @Option(name: .long, help: "Where generated catalogs and case databases are kept between runs.")
    var cache = "Benchmarks/cache"

    @Option(name: .long, help: ArgumentHelp("Only one part (default: all but hall; hall only when asked).", valueName: "part"))
    var only: BenchPart?

    @Option(name: .long, parsing: .upToNextOption,
            help: "Catalog sizes to measure (default: 2000 50000 500000; quick: 2000).")
    var sizes: [Int] = []

    @Option(name: .long, help: "Search-quality queries of each kind (default: 300; quick: 40).")
    var qualityQueries: Int?

    @Flag(name: .long, help: "List on standard error the search-quality queries the kiosk ranks badly.")
    var showMisses = false

    @Option(name: .long, help: "The hall's measure (--only hall): a PostgreSQL server to run it against (the owner's URL; the password from PGPASSFILE). scripts/bench-hall starts a throw-away one.")
    var hallURL: String?

    @Option(name: .long, help: "Simulated kiosks on the hall server.")
    var hallKiosks = 20

    @Option(name: .long, help: "Seconds the simulated kiosks look up and rate.")
    var hallSeconds = 10.0

    @Option(name: .long, help: "The recovery measure: seconds the hall server stays stopped (0: not measured). Needs KIOSK_BENCH_PG_STOP and KIOSK_BENCH_PG_START, shell commands that stop and start it (scripts/bench-hall sets them).")
    var hallOutage = 0.0

    func run() throws {
        let catalogSizes = !sizes.isEmpty ? sizes : quick ? [2_000] : [2_000, 50_000, 500_000]
        let caseSizes = quick ? [20_000] : [1_000_000, 10_000_000]
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        var table = BenchTable(catalogSizes: catalogSizes, caseSizes: caseSizes)
        let parts = only.map { [$0] } ?? BenchPart.byDefault
        for size in catalogSizes where parts.contains(.catalogs) {
            let folder = try SyntheticCache.catalog(size, in: cache)
            log("catalog \(Figure.count(size)): loading in a fresh process")
            // The kiosk's own starts: the first after a change reads the YAML and writes the snapshot; every
            // other reads the snapshot. Both in fresh processes.
            let snapshot = "\(cache)/catalog-\(size).snapshot"
            unlink(snapshot)
            let first = try ProcessMeasure.run(SelfBinary.path, ["bench-load", folder, "--snapshot", snapshot])
            let fromSnapshot = try ProcessMeasure.run(SelfBinary.path, ["bench-load", folder, "--snapshot", snapshot])
            let (firstLoad, snapshotLoad) = (LoadReport(first.output), LoadReport(fromSnapshot.output))
            for (load, source) in [(firstLoad, "files"), (snapshotLoad, "snapshot")] where load.source != source {
                throw ValidationError("catalog \(size): expected a load from \(source), got “\(load.output)”")
            }
            table.load[size] = firstLoad.nanoseconds
            table.rss[size] = first.maxRSSKilobytes
            table.snapshotLoad[size] = snapshotLoad.nanoseconds
            table.snapshotRSS[size] = fromSnapshot.maxRSSKilobytes
            let loaded = try CatalogLoader.loadIndexed(directory: folder, snapshot: snapshot)
            let (catalog, index) = (loaded.catalog, loaded.index)
            log("catalog \(Figure.count(size)): search, FTS5\(Comparisons.fzfPath == nil ? "" : ", fzf")")
            table.search[size] = SearchBench.kiosk(index)
            let names = catalog.procedures.map(\.name.vi)
            table.fts5[size] = try SearchBench.fts5(names)
            if Comparisons.fzfPath != nil { table.fzf[size] = try SearchBench.fzf(names) }
            table.kioskWhole[size] = SearchBench.kioskWholeQueries(index)
        }
        if parts.contains(.render) {
            log("render and diff")
            let shipped = try CatalogLoader.load(directory: "Catalog")
            table.render = RenderBench.run(catalog: shipped)
            table.bytes = TerminalBytesBench.run()
        }
        for size in caseSizes where parts.contains(.cases) {
            let path = try SyntheticCache.cases(size, in: cache, log: log)
            log("cases \(Figure.count(size)): look-ups")
            table.lookups[size] = try LookupBench.run(path: path, count: size)
        }
        if parts.contains(.quality) {
            log("search quality on the shipped catalog's real names\(Comparisons.fzfPath == nil ? "" : ", with fzf")")
            // Every real name, the ministries' too: the query set is the national list.
            let shipped = try CatalogLoader.load(directory: "Catalog")
            var quality = SearchQuality(catalog: shipped, perKind: qualityQueries ?? (quick ? 40 : 300))
            quality.measureKiosk(SearchIndex(catalog: shipped))
            // The test's citizen phrasings mean procedures of the province's levels: asked of what the kiosk shows.
            let shown = shipped.scoped(.localLevels)
            var phrasings = SearchQuality(catalog: shown, perKind: 0, phrasings: QualityQueries.readPhrasings())
            phrasings.measureKiosk(SearchIndex(catalog: shown))
            try phrasings.measureFTS5()
            try phrasings.measureFZF()
            try quality.measureFTS5()
            try quality.measureFZF()
            if showMisses { FileHandle.standardError.write(Data((quality.misses() + phrasings.misses()).utf8)) }
            table.quality = quality.markdown() + "\n\n" + phrasings.markdown()
        }
        var speech = ""
        if parts.contains(.speech) {
            let shipped = try CatalogLoader.load(directory: "Catalog")
            speech = SpeechBench.markdown(try SpeechBench.run(catalog: shipped, presses: quick ? 40 : 200, log: log))
        }
        var queue = ""
        if parts.contains(.queue) {
            let visitors = quick ? 300 : 1_000
            queue = QueueBench.markdown(try QueueBench.run(visitors: visitors, cache: cache, hallURL: hallURL, log: log),
                                        visitors: visitors)
        }
        var hall = ""
        if parts.contains(.hall) {
            guard let hallURL else { throw ValidationError("--only hall needs --hall-url (scripts/bench-hall starts a server)") }
            hall = HallBench.markdown(try HallBench.run(url: hallURL, kiosks: hallKiosks, seconds: hallSeconds, cache: cache,
                                                        log: log))
            let environment = ProcessInfo.processInfo.environment
            if hallOutage > 0, let stop = environment["KIOSK_BENCH_PG_STOP"], let start = environment["KIOSK_BENCH_PG_START"],
               case .success(let address) = HallServerAddress.parse(hallURL)
            {
                let figures = try HallRecoveryBench.run(
                    address: address, password: try HallPassword.load(for: address, file: nil), kiosks: hallKiosks,
                    outage: hallOutage, cache: cache, stop: stop, start: start, log: log)
                hall += "\n\n" + HallRecoveryBench.markdown(figures)
            }
        }
        if !parts.allSatisfy(\.printsItsOwnTable) { print(table.markdown(quick: quick)) }
        if !speech.isEmpty { print(speech) }
        if !queue.isEmpty { print(queue) }
        if !hall.isEmpty { print(hall) }
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
    }
}

/// `kiosk bench-load DIR` (hidden): loads a catalog and builds its index once, printing nanoseconds, so that the
/// parent measures a cold start and the child's peak memory.
struct BenchLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-load", shouldDisplay: false)

    @Argument var folder: String

    @Option(help: "Load through this snapshot, as the kiosk does (written when absent or stale).")
    var snapshot: String?

    func run() throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let loaded = try CatalogLoader.loadIndexed(directory: folder, snapshot: snapshot)
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        print("\(elapsed) \(loaded.index.procedureCount) \(loaded.source)")
    }
}

/// What `kiosk bench-load` prints: nanoseconds, procedures, and where the catalog came from.
struct LoadReport {
    let output: String
    let nanoseconds: UInt64?
    let source: String

    init(_ output: String) {
        self.output = output.trimmingCharacters(in: .whitespacesAndNewlines)
        let fields = self.output.split(separator: " ")
        nanoseconds = fields.first.flatMap { UInt64($0) }
        source = fields.count == 3 ? String(fields[2]) : ""
    }
}

enum SelfBinary {
    static var path: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
