import Foundation
import KioskConfiguration
import ProcedureCatalog
import QueueTickets
import TestSupport
import Testing

/// The counter desk on the kiosk's own queue file: officers and their PINs, one counter each, a ticket's day at
/// a counter (called, recalled, served, held and taken back, moved to another line in its place, absent), pauses,
/// and every refusal changing nothing.
@Suite struct CounterStoreTests {
    let passport = QueueLine(prefix: "K", counters: [14, 15])
    let justice = QueueLine(prefix: "A", counters: [1, 2])
    let day = "2026-12-03"
    let start = Date(timeIntervalSince1970: 1_795_747_260)
    static let pinHash = StaffPIN.hash("135790")!
    let lan = Officer(staffNumber: StaffNumber("cb-0123")!, name: "Nguyễn Thị Lan")
    let minh = Officer(staffNumber: StaffNumber("CB-0456")!, name: "Trần Văn Minh")

    func store() throws -> SQLiteQueueStore {
        let store = try SQLiteQueueStore(path: TestScratch.root + "counter-\(UUID().uuidString).sqlite")
        #expect(try store.saveOfficer(lan, pinHash: Self.pinHash))
        #expect(try store.saveOfficer(minh, pinHash: Self.pinHash))
        return store
    }

    func at(_ seconds: TimeInterval) -> Date { start.addingTimeInterval(seconds) }

    @Test func officersAreKeptByStaffNumberWithAHashedPIN() throws {
        let store = try store()
        #expect(lan.staffNumber.text == "CB-0123", "kept upper-case")
        #expect(StaffNumber("a") == nil && StaffNumber("CB 01") == nil && StaffNumber("cb_01") == nil)
        #expect(try store.officers() == [lan, minh])
        #expect(try !store.saveOfficer(Officer(staffNumber: lan.staffNumber, name: "Nguyễn Thị Lan (Tổ 2)"), pinHash: Self.pinHash),
                "saved again: a new name, not a second officer")
        #expect(try store.officers().map(\.name) == ["Nguyễn Thị Lan (Tổ 2)", minh.name])
        #expect(try store.removeOfficer(minh.staffNumber) && !store.removeOfficer(minh.staffNumber))
    }

    @Test func signInOnceAtOneCounterWrongPINsCountedPerOfficer() throws {
        let store = try store()
        #expect(try store.signIn(StaffNumber("CB-9999")!, pin: "135790", counter: 14, day: day, at: at(0)) == .unknownOfficer)
        for _ in 0 ..< 3 {
            #expect(try store.signIn(lan.staffNumber, pin: "000000", counter: 14, day: day, at: at(1)) == .wrongPIN)
        }
        // The staff exit's rules: three free, then a pause, even with the right PIN and at another counter.
        guard case .paused(let until) = try store.signIn(lan.staffNumber, pin: "135790", counter: 15, day: day, at: at(2)) else {
            Issue.record("not paused after three wrong PINs")
            return
        }
        #expect(until > at(2))
        #expect(try store.status(counter: 15, lines: ["K"], day: day).officer == nil)
        #expect(try store.signIn(lan.staffNumber, pin: "135790", counter: 14, day: day, at: until.addingTimeInterval(1))
            == .signedIn(lan))
        #expect(try store.signIn(lan.staffNumber, pin: "135790", counter: 15, day: day, at: until.addingTimeInterval(2))
            == .elsewhere(counter: 14), "an officer signed in at one counter is refused at a second")
        #expect(try store.signIn(minh.staffNumber, pin: "135790", counter: 14, day: day, at: at(700)) == .counterTaken(by: lan.staffNumber))
        #expect(try store.signOut(counter: 14, day: day, at: at(800)) == lan)
        #expect(try store.signIn(lan.staffNumber, pin: "135790", counter: 15, day: day, at: at(900)) == .signedIn(lan))
    }

    @Test func aTicketsDayAtTheCounter() throws {
        let store = try store()
        for _ in 0 ..< 3 { _ = try store.take(passport, procedure: nil, day: day, at: at(0)) }
        #expect(throws: CounterRefusal.notSignedIn) { try store.perform(.callNext, counter: 14, lines: ["K"], day: day, at: at(10)) }
        _ = try store.signIn(lan.staffNumber, pin: "135790", counter: 14, day: day, at: at(5))
        var status = try store.perform(.callNext, counter: 14, lines: ["K"], day: day, at: at(10))
        #expect(status.current?.number.description == "K1" && status.current?.state == .called)
        #expect(status.lines == [LineWaiting(prefix: "K", waiting: 2, next: [TicketNumber(prefix: "K", sequence: 2),
                                                                              TicketNumber(prefix: "K", sequence: 3)])])
        #expect(throws: CounterRefusal.busy(TicketNumber(prefix: "K", sequence: 1))) {
            try store.perform(.callNext, counter: 14, lines: ["K"], day: day, at: at(11))
        }
        status = try store.perform(.recall, counter: 14, lines: ["K"], day: day, at: at(40))
        #expect(status.current?.calledAt == at(40))
        #expect(try store.board(day: day).latest?.calledAt == at(40), "the board sees the recall")
        status = try store.perform(.startService, counter: 14, lines: ["K"], day: day, at: at(60))
        #expect(status.current?.state == .serving && status.current?.startedAt == at(60))
        #expect(throws: CounterRefusal.notNow(.serving)) { try store.perform(.absent, counter: 14, lines: ["K"], day: day, at: at(61)) }
        // Held while the citizen fetches a paper; the next is called meanwhile, then the held one comes back.
        status = try store.perform(.hold, counter: 14, lines: ["K"], day: day, at: at(70))
        #expect(status.held.map(\.number.description) == ["K1"])
        status = try store.perform(.callNext, counter: 14, lines: ["K"], day: day, at: at(80))
        #expect(status.current?.number.description == "K2")
        status = try store.perform(.absent, counter: 14, lines: ["K"], day: day, at: at(200))
        #expect(status.current?.state == .absent)
        status = try store.perform(.takeBack(TicketNumber(prefix: "K", sequence: 1)), counter: 14, lines: ["K"], day: day, at: at(300))
        #expect(status.current?.number.description == "K1" && status.current?.state == .serving && status.held.isEmpty)
        status = try store.perform(.finish(receipt: "000.00.01.H08-261203-0001"), counter: 14, lines: ["K"], day: day, at: at(400))
        #expect(status.current?.state == .finished && status.current?.receipt == "000.00.01.H08-261203-0001")
        #expect(status.current?.finishedAt == at(400))
        // Paused with a reason: no call until resumed.
        status = try store.perform(.pause(.meeting), counter: 14, lines: ["K"], day: day, at: at(500))
        #expect(status.paused == .meeting)
        #expect(throws: CounterRefusal.paused) { try store.perform(.callNext, counter: 14, lines: ["K"], day: day, at: at(501)) }
        status = try store.perform(.resume, counter: 14, lines: ["K"], day: day, at: at(600))
        #expect(status.paused == nil)
        status = try store.perform(.callNext, counter: 14, lines: ["K"], day: day, at: at(610))
        #expect(status.current?.number.description == "K3")
    }

    @Test func aTicketMovedToAnotherLineKeepsItsPlaceByTheTimeItWasTaken() throws {
        let store = try store()
        _ = try store.take(passport, procedure: nil, day: day, at: at(0))  // K1 at 0
        _ = try store.take(justice, procedure: nil, day: day, at: at(50))  // A1 at 50
        _ = try store.take(justice, procedure: nil, day: day, at: at(60))  // A2 at 60
        _ = try store.signIn(lan.staffNumber, pin: "135790", counter: 14, day: day, at: at(70))
        _ = try store.signIn(minh.staffNumber, pin: "135790", counter: 1, day: day, at: at(70))
        _ = try store.perform(.callNext, counter: 14, lines: ["K"], day: day, at: at(80))
        var status = try store.perform(.transfer(toLine: "A"), counter: 14, lines: ["K"], day: day, at: at(90))
        #expect(status.current == nil || status.current?.state != .called, "nothing left at counter 14")
        let justiceLine = try store.status(counter: 1, lines: ["A"], day: day).lines[0]
        #expect(justiceLine.waiting == 3 && justiceLine.next.map(\.description) == ["K1", "A1", "A2"], "\(justiceLine)")
        status = try store.perform(.callNext, counter: 1, lines: ["A"], day: day, at: at(100))
        #expect(status.current?.number.description == "K1" && status.current?.line == "A")
        #expect(try store.board(day: day).waiting == ["A": 2])
    }

    @Test func twoCountersCallingAtOnceNeverTakeTheSameTicket() throws {
        let path = TestScratch.root + "counter-race-\(UUID().uuidString).sqlite"
        let setup = try SQLiteQueueStore(path: path)
        for staff in 1 ... 4 {
            _ = try setup.saveOfficer(Officer(staffNumber: StaffNumber("CB-\(staff)")!, name: "Officer \(staff)"), pinHash: Self.pinHash)
        }
        for _ in 0 ..< 40 { _ = try setup.take(passport, procedure: nil, day: day, at: at(0)) }
        let called = Collected()
        DispatchQueue.concurrentPerform(iterations: 4) { counter in
            guard let store = try? SQLiteQueueStore(path: path) else { return }
            _ = try? store.signIn(StaffNumber("CB-\(counter + 1)")!, pin: "135790", counter: counter + 1, day: day, at: at(1))
            for step in 0 ..< 10 {
                if let status = try? store.perform(.callNext, counter: counter + 1, lines: ["K"], day: day, at: at(Double(10 + step))),
                   let number = status.current?.number.description
                {
                    called.add(number)
                }
                _ = try? store.perform(.finish(receipt: nil), counter: counter + 1, lines: ["K"], day: day, at: at(Double(10 + step)))
            }
        }
        #expect(called.all.count == 40 && Set(called.all).count == 40, "\(called.all.sorted())")
    }
}

final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
