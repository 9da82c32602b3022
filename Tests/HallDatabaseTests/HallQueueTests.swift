import Foundation
import HallDatabase
import ProcedureCatalog
import QueueTickets
import Testing

/// The hall's queue on a real server: kiosks taking numbers at once never share one, two counters calling at
/// once take two tickets, the board sees the calls; the kiosk's role may do all of it.
@Suite(.serialized) struct HallQueueTests {
    let passport = QueueLine(prefix: "K", counters: [14, 15])

    @Test func kiosksTakingAtOnceGetUniqueNumbersAndCountersCallInTurn() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        try hall.addKiosk("kiosk_b")
        let stores = try ["kiosk_a", "kiosk_b"].map {
            HallQueueStore(server: try hall.server(user: $0, password: "\($0)-pass", deadline: 30))
        }
        let day = "2026-12-03"
        let lock = NSLock()
        nonisolated(unsafe) var numbers: [Int] = []
        nonisolated(unsafe) var problems: [String] = []
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for _ in 0 ..< 40 {
                do {
                    let ticket = try stores[index].take(passport, procedure: "1.001456", day: day, at: Date())
                    lock.withLock { numbers.append(ticket.number.sequence) }
                } catch {
                    lock.withLock { problems.append("\(error)") }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems)")
        #expect(numbers.sorted() == Array(1 ... 80))

        // Two counters calling at once: two different tickets, the first two in number order.
        nonisolated(unsafe) var called: [String] = []
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let ticket = try? stores[index].call(counter: 14 + index, line: passport, day: day, at: Date())
            lock.withLock { called.append(ticket?.number.description ?? "none") }
        }
        #expect(called.sorted() == ["K1", "K2"])
        let board = try stores[0].board(day: day)
        #expect(board.serving.map(\.counter) == [14, 15])
        #expect(board.waiting == ["K": 78])
        let next = try stores[1].take(passport, procedure: nil, day: day, at: Date())
        #expect(next.number.description == "K81" && next.ahead == 78)
    }
}
