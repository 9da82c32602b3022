import Foundation
import KioskConfiguration
import QueueTickets
import TestSupport
import Testing

/// A small simulated day through the kiosk's queue file, as `kiosk bench --only queue` runs it: everyone gets
/// a number and is called; priority citizens wait less than regular ones when the rule says so, and no regular
/// ticket waits much past the limit because of them.
@Suite struct SimulatedDayTests {
    let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    func day(_ rule: QueuePolicy.Rule) throws -> SimulatedDay.Outcome {
        let simulation = try #require(SimulatedDay(settings: SimulatedDay.Settings(visitors: 300), day: "2030-01-07", zone: zone))
        let store = try SQLiteQueueStore(path: TestScratch.root + "day-\(UUID().uuidString).sqlite", policy: QueuePolicy(rule: rule))
        return try simulation.run(store)
    }

    static func mean(_ values: [Double]?) -> Double { (values ?? []).reduce(0, +) / Double(max(1, values?.count ?? 0)) }

    @Test func priorityFirstAgainstArrivalOrder() throws {
        let first = try day(.priorityFirst)
        let fifo = try day(.arrivalOrder)
        for outcome in [first, fifo] {
            #expect(outcome.issued == 300)
            #expect(outcome.waits.values.reduce(0) { $0 + $1.count } == 300, "everyone is called by the day's end")
            #expect(outcome.lateBookings > 0 && outcome.absent > 0)
            #expect(outcome.estimated > 0)
        }
        let priority = Self.mean(first.waits[.priority])
        #expect(priority < Self.mean(first.waits[.regular]))
        #expect(priority < Self.mean(fifo.waits[.priority]))
        // The limit: no regular ticket waits long past 30 minutes because priority went first.
        let longest = first.waits[.regular]?.max() ?? 0
        #expect(longest <= max(30, fifo.waits[.regular]?.max() ?? 0) + 10, "\(longest)")
    }
}
