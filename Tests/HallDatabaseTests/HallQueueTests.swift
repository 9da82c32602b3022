import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import Logging
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

    @Test func theCounterDeskOnTheServer() throws {
        let hall = try TestHall(migrateTo: 7)
        try hall.addKiosk("counter_a")
        try hall.addKiosk("counter_b")
        let day = "2026-12-03"
        // A ticket taken before the counter desk's step keeps its place and its state across the migration.
        _ = try hall.cluster.psql("""
            INSERT INTO queue_counts VALUES ('\(day)', 'K', 1);
            INSERT INTO queue_tickets (day, prefix, number, counter, called_at) VALUES ('\(day)', 'K', 1, 15, now())
            """)
        let owner = try hall.server(user: hall.cluster.superuser, password: hall.cluster.superPassword)
        #expect(try owner.migrate(logger: Logger(label: "test")) == (from: 7, to: HallSchema.version))

        // The back office keeps the officers; the counters' role may only read them and count wrong PINs.
        let office = HallQueueStore(server: try hall.office())
        let hash = StaffPIN.hash("135790")!
        for staff in 1 ... 4 {
            #expect(try office.saveOfficer(Officer(staffNumber: StaffNumber("CB-\(staff)")!, name: "Cán bộ \(staff)"), pinHash: hash))
        }
        let counters = try ["counter_a", "counter_b"].map {
            HallQueueStore(server: try hall.server(user: $0, password: "\($0)-pass", deadline: 30))
        }
        #expect(throws: HallError.self) {
            try counters[0].saveOfficer(Officer(staffNumber: StaffNumber("CB-9")!, name: "Mạo danh"), pinHash: hash)
        }
        #expect(try counters[0].status(counter: 15, lines: ["K"], day: day).current?.state == .called)
        for _ in 0 ..< 40 { _ = try counters[0].take(passport, procedure: nil, day: day, at: Date()) }
        for staff in 1 ... 4 {
            #expect(try counters[staff % 2].signIn(StaffNumber("CB-\(staff)")!, pin: "135790", counter: staff, day: day, at: Date())
                == .signedIn(Officer(staffNumber: StaffNumber("CB-\(staff)")!, name: "Cán bộ \(staff)")))
        }
        #expect(try counters[0].signIn(StaffNumber("CB-1")!, pin: "135790", counter: 9, day: day, at: Date()) == .elsewhere(counter: 1))
        #expect(try counters[0].signIn(StaffNumber("CB-1")!, pin: "000000", counter: 1, day: day, at: Date()) == .wrongPIN)

        // Four counters on two connections calling at once, ten times each: forty different tickets.
        let called = Collected()
        let problems = Collected()
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            let counter = index + 1
            for _ in 0 ..< 10 {
                do {
                    let status = try counters[index % 2].perform(.callNext, counter: counter, lines: ["K"], day: day, at: Date())
                    if let number = status.current?.number.description { called.add(number) }
                    _ = try counters[index % 2].perform(.finish(receipt: nil), counter: counter, lines: ["K"], day: day, at: Date())
                } catch {
                    problems.add("\(error)")
                }
            }
        }
        #expect(problems.all.isEmpty, "\(problems.all)")
        #expect(called.all.count == 40 && Set(called.all).count == 40, "\(called.all.sorted())")
        #expect(try counters[0].status(counter: 1, lines: ["K"], day: day).lines == [LineWaiting(prefix: "K", waiting: 0, next: [])])

        // Moved to another line, a ticket waits there in its place by the time it was taken.
        let justice = QueueLine(prefix: "A", counters: [1, 2])
        _ = try counters[0].take(justice, procedure: nil, day: day, at: Date())
        _ = try counters[0].take(passport, procedure: nil, day: day, at: Date())
        var status = try counters[1].perform(.callNext, counter: 2, lines: ["K"], day: day, at: Date())
        #expect(status.current?.number.description == "K42", "K1 was called before the migration")
        status = try counters[1].perform(.transfer(toLine: "A"), counter: 2, lines: ["K"], day: day, at: Date())
        #expect(try counters[0].status(counter: 1, lines: ["A"], day: day).lines[0].next.map(\.description) == ["A1", "K42"])
        #expect(throws: CounterRefusal.noTicket) { try counters[1].perform(.absent, counter: 2, lines: ["K"], day: day, at: Date()) }
        status = try counters[1].perform(.pause(.rest), counter: 2, lines: ["K"], day: day, at: Date())
        #expect(status.paused == .rest)
        #expect(throws: CounterRefusal.paused) { try counters[1].perform(.callNext, counter: 2, lines: ["A"], day: day, at: Date()) }
        #expect(try counters[1].signOut(counter: 2, day: day, at: Date())?.staffNumber.text == "CB-2")
        #expect(try office.removeOfficer(StaffNumber("CB-4")!))
        #expect(try counters[0].status(counter: 4, lines: [], day: day).officer == nil, "removed: signed out wherever they were")
    }

    /// Many kiosks taking walk-in, priority and booked numbers at once on the server, two counters calling at
    /// once: every ticket once, a booked one at its slot first, priority before regular (the shipped rule), a
    /// booking code used once; the kiosk's role reads bookings but only the office imports them.
    @Test func aFairQueueOnTheServer() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        try hall.addKiosk("kiosk_b")
        let kiosks = try ["kiosk_a", "kiosk_b", "kiosk_a", "kiosk_b"].map {
            HallQueueStore(server: try hall.server(user: $0, password: "\($0)-pass", deadline: 30))
        }
        let office = HallQueueStore(server: try hall.office())
        let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let now = Date()
        let day = LocalDay(now, in: zone).description
        let due = Booking(code: BookingCode("BK-DUE")!, line: "K", procedure: nil, day: day, slotStart: now.addingTimeInterval(-60),
                          slotEnd: now.addingTimeInterval(840), initials: "NVA")
        let later = Booking(code: BookingCode("BK-LATER")!, line: "K", procedure: nil, day: day,
                            slotStart: now.addingTimeInterval(3600), slotEnd: now.addingTimeInterval(4500), initials: "TTB")
        #expect(throws: HallError.self) { try kiosks[0].importBookings([due]) }
        #expect(try office.importBookings([due, later]) == BookingImport(added: 2))

        let taken = Collected()
        let problems = Collected()
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            for n in 0 ..< 15 {
                do {
                    let request: TicketRequest = n % 4 == 3 ? .walkIn(passport, priority: "elderly") : .walkIn(passport)
                    taken.add(try kiosks[index].take(request, day: day, at: Date()).number.description)
                } catch {
                    problems.add("\(error)")
                }
            }
        }
        let bookings = [passport]
        let booked = try kiosks[1].take(TicketRequest(.booking(BookingCode("bk-due")!, lines: bookings, expected: nil)), day: day, at: Date())
        let early = try kiosks[2].take(TicketRequest(.booking(BookingCode("BK-LATER")!, lines: bookings, expected: nil)), day: day, at: Date())
        #expect(booked.kind == .booked && early.kind == .booked)
        #expect(throws: BookingRefusal.self) {
            try kiosks[3].take(TicketRequest(.booking(BookingCode("BK-DUE")!, lines: bookings, expected: nil)), day: day, at: Date())
        }
        #expect(problems.all.isEmpty, "\(problems.all)")
        #expect(Set(taken.all).count == 60)

        // Two counters calling at once, 31 times each: all 62 tickets, each once.
        let called = Collected()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for _ in 0 ..< 31 {
                do {
                    if let ticket = try kiosks[index].call(counter: 14 + index, lines: ["K"], day: day, at: Date()) {
                        called.add(ticket.number.description)
                    }
                } catch {
                    problems.add("\(error)")
                }
            }
        }
        #expect(problems.all.isEmpty, "\(problems.all)")
        #expect(called.all.count == 62 && Set(called.all).count == 62)
        // In the order of the calls: the booking at its slot, the twelve priority tickets, the regular ones,
        // and last the booking whose slot is an hour away (nobody else waited).
        let records = try office.ticketRecords(from: day, to: day).filter { $0.calledAt != nil }
            .sorted { ($0.calledAt!, $0.number.sequence) < ($1.calledAt!, $1.number.sequence) }
        let kinds = records.map(\.kind)
        #expect(kinds == [.booked] + Array(repeating: .priority, count: 12) + Array(repeating: .regular, count: 48) + [.booked])
        #expect(records.first?.number == booked.number && records.last?.number == early.number)
    }
}

final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
