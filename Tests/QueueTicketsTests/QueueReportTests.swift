import Foundation
import KioskConfiguration
import ProcedureCatalog
import QueueTickets
import TestSupport
import Testing

/// The queue report from a day at two counters with known times: counts, waits from taking to the first call
/// (a recall does not lengthen it), services, a transfer, an absence, a pause and its reason.
@Suite struct QueueReportTests {
    let day = "2026-12-03"
    let start = Date(timeIntervalSince1970: 1_795_747_260)  // 09:41 in Bình Dương
    let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    func at(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

    @Test func aDayAtTwoCounters() throws {
        let store = try SQLiteQueueStore(path: TestScratch.root + "report-\(UUID().uuidString).sqlite")
        let hash = StaffPIN.hash("135790")!
        for staff in ["CB-1", "CB-2"] { _ = try store.saveOfficer(Officer(staffNumber: StaffNumber(staff)!, name: staff), pinHash: hash) }
        let passport = QueueLine(prefix: "K", counters: [14, 15])
        for minute in [0.0, 1, 2, 3] { _ = try store.take(passport, procedure: nil, day: day, at: at(minute)) }
        _ = try store.signIn(StaffNumber("CB-1")!, pin: "135790", counter: 14, day: day, at: at(0))
        _ = try store.signIn(StaffNumber("CB-2")!, pin: "135790", counter: 15, day: day, at: at(0))
        func act(_ action: CounterAction, _ counter: Int, _ minute: Double) throws {
            _ = try store.perform(action, counter: counter, lines: ["K"], day: day, at: at(minute))
        }
        try act(.callNext, 14, 4)          // K1 waited 4 min
        try act(.recall, 14, 6)            // a recall does not make the wait 6
        try act(.startService, 14, 6)
        try act(.finish(receipt: nil), 14, 16)  // served 10 min
        try act(.callNext, 15, 5)          // K2 waited 4 min
        try act(.absent, 15, 8)
        try act(.callNext, 15, 9)          // K3 waited 7 min
        try act(.transfer(toLine: "A"), 15, 10)
        try act(.pause(.meeting), 15, 11)
        try act(.resume, 15, 41)           // a 30-minute meeting
        try act(.callNext, 14, 20)         // K4 waited 17 min
        try act(.finish(receipt: nil), 14, 22)  // served 2 min from its call
        let tickets = try store.ticketRecords(from: day, to: day)
        let events = try store.counterEvents(from: day, to: day)
        let byLine = QueueReport(tickets: tickets, events: events, grouping: .line, first: day, last: day, timeZone: zone)
        let k = try #require(byLine.groups.first { $0.key == "K" })
        #expect(k.taken == 3 && k.called == 3 && k.served == 2 && k.absent == 1 && k.transferred == 1, "\(k)")
        #expect(k.waitP50 == 4 * 60 && k.waitP90 == 17 * 60, "\(k)")
        #expect(k.serviceP50 == 2 * 60 && k.serviceP90 == 10 * 60)
        let a = try #require(byLine.groups.first { $0.key == "A" })
        #expect(a.taken == 1 && a.called == 0, "the moved ticket waits in A: \(a)")
        let byCounter = QueueReport(tickets: tickets, events: events, grouping: .counter, first: day, last: day, timeZone: zone)
        #expect(byCounter.groups.map(\.key) == ["14", "15"])
        let fifteen = byCounter.groups[1]
        #expect(fifteen.taken == nil && fifteen.absent == 1 && fifteen.transferred == 1)
        #expect(fifteen.pauses[.meeting]?.count == 1 && fifteen.pauses[.meeting]?.seconds == 30 * 60)
        let byOfficer = QueueReport(tickets: tickets, events: events, grouping: .officer, first: day, last: day, timeZone: zone)
        #expect(byOfficer.groups.map(\.key) == ["CB-1", "CB-2"] && byOfficer.groups[0].served == 2)
        let byHour = QueueReport(tickets: tickets, events: events, grouping: .hour, first: day, last: day, timeZone: zone)
        #expect(byHour.groups.map(\.key) == ["09:00"] && byHour.total.taken == 4)
    }

    /// The waits the tickets were told beside the waits that happened, per line: within the range, or how far
    /// outside it.
    @Test func theEstimateBesideTheWaitThatHappened() {
        func record(_ n: Int, told: ClosedRange<Int>?, waited minutes: Double) -> TicketRecord {
            TicketRecord(day: day, number: TicketNumber(prefix: "K", sequence: n), line: "K", state: .called, counter: 14,
                         officer: nil, takenAt: at(0), calledAt: at(minutes), startedAt: nil, finishedAt: nil, estimate: told)
        }
        let tickets = [record(1, told: nil, waited: 3), record(2, told: 10 ... 20, waited: 15), record(3, told: 10 ... 20, waited: 26),
                       record(4, told: 5 ... 8, waited: 2), record(5, told: 5 ... 8, waited: 8)]
        let report = QueueReport(tickets: tickets, events: [], grouping: .line, first: day, last: day, timeZone: zone)
        #expect(report.total.estimated == 4 && report.total.withinEstimate == 2)
        // Misses of 0, 6, 3 and 0 minutes: p90 is the 6.
        #expect(abs((report.total.estimateMissP90 ?? 0) - 6 * 60) < 0.001)
        #expect(report.groups.map(\.key) == ["K"] && report.groups[0].estimated == 4)
    }
}
