import Foundation

/// Latencies collected in nanoseconds; percentiles by nearest rank.
struct Latencies {
    private(set) var samples: [UInt64] = []

    mutating func add(_ nanoseconds: UInt64) { samples.append(nanoseconds) }

    /// Runs `body` once and records how long it took.
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        add(DispatchTime.now().uptimeNanoseconds - start)
        return result
    }

    func percentile(_ p: Double) -> UInt64 {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Swift.max(0, Swift.min(sorted.count - 1, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))
        return sorted[rank]
    }

    var max: UInt64 { samples.max() ?? 0 }
}

/// How figures read in the table.
enum Figure {
    static func duration(_ nanoseconds: UInt64) -> String {
        let value = Double(nanoseconds)
        if value < 1_000 { return "\(nanoseconds) ns" }
        if value < 1_000_000 { return String(format: "%.1f µs", value / 1_000) }
        if value < 1_000_000_000 { return String(format: "%.2f ms", value / 1_000_000) }
        return String(format: "%.2f s", value / 1_000_000_000)
    }

    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }

    static func megabytes(_ kilobytes: Int) -> String { String(format: "%.1f MB", Double(kilobytes) / 1024) }
}
