import Foundation
import HallDatabase
import KioskConfiguration
import Logging
import QueueTickets

/// `kiosk bench --only queue`: a simulated day at a large center (`SimulatedDay`) under each calling rule, side
/// by side, through the kiosk's SQLite queue file and, given a hall server, through PostgreSQL: the waits of
/// regular, priority and booked citizens, the longest regular wait, and how far the waits the tickets were told
/// fell from the waits that happened.
enum QueueBench {
    struct Row {
        var rule: QueuePolicy.Rule
        var store: String
        var outcome: SimulatedDay.Outcome
    }

    static let rules: [QueuePolicy.Rule] = [.priorityFirst, .oneIn(regular: 3), .arrivalOrder]

    static func run(visitors: Int, cache: String, hallURL: String?, log: (String) -> Void) throws -> [Row] {
        let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        var rows: [Row] = []
        for (index, rule) in rules.enumerated() {
            // A day of its own per run: a store keeps what it did.
            let day = String(format: "2030-01-%02d", 7 + index)
            let simulation = SimulatedDay(settings: SimulatedDay.Settings(visitors: visitors), day: day, zone: zone)!
            let policy = QueuePolicy(rule: rule)
            let path = "\(cache)/queue-day-\(index).sqlite"
            for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
            log("queue: a day of \(visitors) visitors, \(rule), SQLite")
            rows.append(Row(rule: rule, store: "SQLite", outcome: try simulation.run(try SQLiteQueueStore(path: path, policy: policy))))
            if let hallURL {
                guard case .success(let address) = HallServerAddress.parse(hallURL) else {
                    throw HallError.unreachable("--hall-url: not a postgresql:// URL")
                }
                let server = HallServer(client: HallClient(address: address, password: try HallPassword.load(for: address, file: nil)),
                                        deadline: 30, backgroundDeadline: 30)
                _ = try server.migrate(logger: Logger(label: "bench"))
                log("queue: a day of \(visitors) visitors, \(rule), PostgreSQL")
                let store = HallQueueStore(server: server, policy: policy, clock: .caller)
                rows.append(Row(rule: rule, store: "PostgreSQL", outcome: try simulation.run(store)))
            }
        }
        return rows
    }

    static func markdown(_ rows: [Row], visitors: Int) -> String {
        let counters = SimulatedDay.Settings(visitors: visitors).counters
        func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
        func p90(_ values: [Double]) -> Double? {
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            return sorted[max(0, Int((0.9 * Double(sorted.count)).rounded(.up)) - 1)]
        }
        func minutes(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "–" }
        func pair(_ values: [Double]?) -> String { "\(minutes(mean(values ?? []))) / \(minutes(p90(values ?? [])))" }
        var lines = [
            "A simulated day: \(visitors) visitors (peaks 08–10 and 14–15), 4 lines, \(counters) counters, services log-normal around 4–10 min, "
                + "8% priority, 15% booked (6% of them late), 5% gone when called; lunch 11:30–13:00. Waits in minutes, mean / p90 "
                + "(a booked citizen's from the slot).",
            "",
            "| Rule | Store | Regular | Priority | Booked | Longest regular | Priority mean ÷ arrival order's | In the range told | Off the range, p90 | Store ops/s |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for row in rows {
            let waits = row.outcome.waits
            let baseline = rows.first { $0.store == row.store && $0.rule == .arrivalOrder }?.outcome.waits[.priority]
            let ratio = mean(waits[.priority] ?? []).flatMap { mine in mean(baseline ?? []).map { mine / max($0, 0.01) } }
            let within = row.outcome.estimated == 0 ? "–"
                : String(format: "%.0f%% of %d", 100 * Double(row.outcome.within) / Double(row.outcome.estimated), row.outcome.estimated)
            let rate = Double(row.outcome.operations) / max(row.outcome.storeSeconds, 0.001)
            lines.append("| \(row.rule) | \(row.store) | \(pair(waits[.regular])) | \(pair(waits[.priority])) | \(pair(waits[.booked])) | "
                + "\(minutes(waits[.regular]?.max())) | \(ratio.map { String(format: "%.2f×", $0) } ?? "–") | \(within) | "
                + "\(minutes(p90(row.outcome.misses))) | \(Int(rate)) |")
        }
        return lines.joined(separator: "\n")
    }
}
