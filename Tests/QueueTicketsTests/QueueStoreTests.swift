import Foundation
import ProcedureCatalog
import QueueTickets
import TestSupport
import Testing

/// The kiosk's own queue file: numbers in turn per queue and day, unique however many connections take at once
/// (two kiosk processes, the counter's `kiosk queue call`), calls in number order, the board's state.
@Suite struct QueueStoreTests {
    let passport = QueueLine(prefix: "K", counters: [14, 15])
    let justice = QueueLine(prefix: "A", counters: [1, 2])
    let start = Date(timeIntervalSince1970: 1_795_747_260)

    func file() -> String { TestScratch.root + "queue-\(UUID().uuidString).sqlite" }

    @Test func numbersRunPerQueueAndStartAgainEachDay() throws {
        let store = try SQLiteQueueStore(path: file())
        let first = try store.take(passport, procedure: "1.001456", day: "2026-12-03", at: start)
        let second = try store.take(passport, procedure: nil, day: "2026-12-03", at: start)
        let other = try store.take(justice, procedure: nil, day: "2026-12-03", at: start)
        let tomorrow = try store.take(passport, procedure: nil, day: "2026-12-04", at: start)
        #expect([first, second, other, tomorrow].map(\.number.description) == ["K1", "K2", "A1", "K1"])
        #expect([first, second, other, tomorrow].map(\.ahead) == [0, 1, 0, 0])
        #expect(second.counters == [14, 15])
    }

    @Test func twoConnectionsTakingAtOnceNeverShareANumber() throws {
        let path = file()
        let stores = [try SQLiteQueueStore(path: path), try SQLiteQueueStore(path: path)]
        let taken = NSLock()
        nonisolated(unsafe) var numbers: [Int] = []
        nonisolated(unsafe) var failures = 0
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for _ in 0 ..< 150 {
                do {
                    let ticket = try stores[index].take(passport, procedure: nil, day: "2026-12-03", at: start)
                    taken.withLock { numbers.append(ticket.number.sequence) }
                } catch {
                    taken.withLock { failures += 1 }
                }
            }
        }
        #expect(failures == 0)
        #expect(numbers.sorted() == Array(1 ... 300))
    }

    @Test func countersCallInNumberOrderAndTheBoardFollows() throws {
        let store = try SQLiteQueueStore(path: file())
        for _ in 0 ..< 3 { _ = try store.take(passport, procedure: nil, day: "2026-12-03", at: start) }
        #expect(try store.board(day: "2026-12-03") == QueueBoard(serving: [], waiting: ["K": 3]))
        let k1 = try store.call(counter: 14, line: passport, day: "2026-12-03", at: start.addingTimeInterval(60))
        let k2 = try store.call(counter: 15, line: passport, day: "2026-12-03", at: start.addingTimeInterval(120))
        #expect(k1?.number.description == "K1" && k2?.number.description == "K2")
        let board = try store.board(day: "2026-12-03")
        #expect(board.serving.map(\.counter) == [14, 15])
        #expect(board.latest?.number.description == "K2")
        #expect(board.waiting == ["K": 1])
        _ = try store.call(counter: 14, line: passport, day: "2026-12-03", at: start.addingTimeInterval(400))
        #expect(try store.call(counter: 14, line: passport, day: "2026-12-03", at: start.addingTimeInterval(500)) == nil)
        // Yesterday's tickets are not today's: nothing waits on another day.
        #expect(try store.call(counter: 14, line: passport, day: "2026-12-04", at: start) == nil)
    }

    @Test func theRangeComesOnlyFromServicesMeasuredToday() throws {
        let store = try SQLiteQueueStore(path: file())
        let day = "2026-12-03"
        for _ in 0 ..< 6 { _ = try store.take(passport, procedure: nil, day: day, at: start) }
        // No service measured yet: no range, however many wait.
        #expect(try store.take(passport, procedure: nil, day: day, at: start).outlook == .notMeasured)
        // Counter 14 calls K1 to K4 at 0, 6, 10 and 18 minutes (it only calls): services of 6, 4 and 8 minutes.
        for minute in [0, 6, 10, 18] {
            _ = try store.call(counter: 14, line: passport, day: day, at: start.addingTimeInterval(Double(minute) * 60))
        }
        let ticket = try store.take(passport, procedure: nil, day: day, at: start.addingTimeInterval(19 * 60))
        #expect(ticket.ahead == 3)  // K5, K6, K7 wait before K8
        // Three at 4 minutes at the quickest; the one under way and three at 8 at the slowest; one counter open.
        #expect(ticket.outlook == .range(WaitRange(low: 12, high: 32, measured: 3, counters: 1)))
        // An hour later counter 14 has not called for 40 minutes: no counter counts as open.
        let later = try store.take(passport, procedure: nil, day: day, at: start.addingTimeInterval(60 * 60))
        #expect(later.outlook == .noCounterOpen)
    }

    @Test func aBreakAtTheCounterIsNotAService() {
        let now = Date()
        let calls = [(counter: 1, at: now), (counter: 1, at: now.addingTimeInterval(300)),
                     (counter: 1, at: now.addingTimeInterval(300 + 3600)), (counter: 2, at: now.addingTimeInterval(10))]
        let services = LineState.intervals(calls)
        #expect(WaitRange.make(ahead: 2, services: services, counters: 2) == WaitRange(low: 5, high: 8, measured: 1, counters: 2))
        #expect(WaitRange.make(ahead: 0, services: services, counters: 2) == nil)
        #expect(WaitRange.make(ahead: 3, services: [], counters: 1) == nil)
        #expect(WaitRange.make(ahead: 3, services: services, counters: 0) == nil)
    }

    /// A regular ticket may yet be passed by priority and booked citizens: the range's slow end grows with the
    /// share of the counters' time they took in the last hour, never past the limit after which nobody passes.
    @Test func theSlowEndCountsThoseWhoMayPass() {
        let services = Array(repeating: 300.0, count: 6)  // 5 minutes each
        #expect(WaitRange.make(ahead: 4, services: services, counters: 1)?.high == 25)
        // Six passers an hour take half of one counter's time: the wait doubles.
        #expect(WaitRange.make(ahead: 4, services: services, counters: 1, passing: 6.0 / 3600, limit: 1800)?.high == 50)
        // Ten an hour would take five sixths: the limit bounds it, 30 minutes more at most.
        #expect(WaitRange.make(ahead: 4, services: services, counters: 1, passing: 10.0 / 3600, limit: 1800)?.high == 55)
        // The quick end does not move: nobody may come.
        #expect(WaitRange.make(ahead: 4, services: services, counters: 1, passing: 6.0 / 3600, limit: 1800)?.low == 20)
    }
}
