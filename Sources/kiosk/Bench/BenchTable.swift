import KioskUI

/// The figures of one run, printed as docs/performance.md's table, each beside its goal.
struct BenchTable {
    let catalogSizes: [Int]
    let caseSizes: [Int]
    var load: [Int: UInt64] = [:]
    var rss: [Int: Int] = [:]
    var snapshotLoad: [Int: UInt64] = [:]
    var snapshotRSS: [Int: Int] = [:]
    var search: [Int: SearchBench.Keystrokes] = [:]
    var kioskWhole: [Int: Latencies] = [:]
    var fts5: [Int: Latencies] = [:]
    var fzf: [Int: Latencies] = [:]
    var render: [Size: Latencies] = [:]
    var bytes: (mean: Int, max: Int)?
    var lookups: [Int: (hits: Latencies, misses: Latencies)] = [:]
    /// The search-quality table, when measured.
    var quality: String?

    func markdown(quick: Bool) -> String {
        var lines: [String] = []
        let header = catalogSizes.map { Figure.count($0) + " procedures" }
        lines.append("| measure | " + header.joined(separator: " | ") + " | goal |")
        lines.append("|---|" + String(repeating: "---|", count: catalogSizes.count) + "---|")
        func row(_ name: String, _ goal: String, _ value: (Int) -> String) {
            lines.append("| \(name) | " + catalogSizes.map(value).joined(separator: " | ") + " | \(goal) |")
        }
        row("catalog load, cold, to a ready index: from the snapshot (every start but the first)",
            "≤ 150 ms at 2,000; ≤ 1.5 s at 50,000") { snapshotLoad[$0].map(Figure.duration) ?? "–" }
        row("peak memory (RSS) of that load", "≤ 40 MB at 2,000") { snapshotRSS[$0].map(Figure.megabytes) ?? "–" }
        row("catalog load, cold, from the YAML files, writing the snapshot (first start after a change)", "–") {
            load[$0].map(Figure.duration) ?? "–"
        }
        row("peak memory (RSS) of that load", "–") { rss[$0].map(Figure.megabytes) ?? "–" }
        row("search per keystroke (each its median of \(SearchBench.rounds) rounds), p50 / p99; slowest single", "p99 ≤ 1 ms at 50,000; ≤ 10 ms at 500,000") { size in
            search[size].map { "\(Figure.duration($0.medians.percentile(50))) / \(Figure.duration($0.medians.percentile(99))); \(Figure.duration($0.slowest))" } ?? "–"
        }
        row("SQLite FTS5 (folded, prefix terms) per keystroke, one round, p50 / p99", "–") { size in
            guard let fts = fts5[size], let kiosk = search[size]?.medians else { return "–" }
            return "\(Figure.duration(fts.percentile(50))) / \(Figure.duration(fts.percentile(99))) (×\(ratio(fts.percentile(50), kiosk.percentile(50))) the kiosk's p50)"
        }
        row("fzf --filter per whole query, p50", "–") { size in
            guard let fzf = fzf[size], !fzf.samples.isEmpty, let kiosk = kioskWhole[size] else { return "not installed" }
            return "\(Figure.duration(fzf.percentile(50))) (×\(ratio(fzf.percentile(50), kiosk.percentile(50))) the kiosk's whole-query p50)"
        }
        lines.append("")
        lines.append("| measure | value | goal |")
        lines.append("|---|---|---|")
        for size in RenderBench.sizes {
            if let r = render[size] {
                lines.append("| render and diff a \(size.width)x\(size.height) frame while typing, p50 / p99 / max | "
                    + "\(Figure.duration(r.percentile(50))) / \(Figure.duration(r.percentile(99))) / \(Figure.duration(r.max)) | "
                    + (size.width == 250 ? "≤ 2 ms" : "–") + " |")
            }
        }
        if let bytes {
            lines.append("| bytes written to the terminal per keystroke of a typed search (80x24, mean / max) | \(bytes.mean) / \(bytes.max) B | – |")
        } else {
            lines.append("| bytes written to the terminal per keystroke | (not measured: --only, or no tmux) | – |")
        }
        for size in caseSizes {
            if let l = lookups[size] {
                lines.append("| receipt look-up among \(Figure.count(size)) cases, hit p50 / p99; miss p50 / p99 | "
                    + "\(Figure.duration(l.hits.percentile(50))) / \(Figure.duration(l.hits.percentile(99))); "
                    + "\(Figure.duration(l.misses.percentile(50))) / \(Figure.duration(l.misses.percentile(99))) | "
                    + (size >= 10_000_000 ? "p99 ≤ 100 µs" : "–") + " |")
            }
        }
        if let quality {
            lines.append("\nSearch quality: the share of queries whose procedure is among the first 3 / 10 results")
            lines.append("")
            lines.append(quality)
        }
        if quick { lines.append("\n(quick mode: small sizes only; the goals are for the full run)") }
        return lines.joined(separator: "\n")
    }

    private func ratio(_ a: UInt64, _ b: UInt64) -> String {
        guard b > 0 else { return "–" }
        let value = Double(a) / Double(b)
        return value >= 10 ? String(format: "%.0f", value) : value >= 1 ? String(format: "%.1f", value)
            : String(format: "%.2f", value)
    }
}
