import Foundation
import KioskConfiguration
import ProcedureCatalog
import QueueTickets
import TestSupport
import Testing

/// Bookings as the hall meets them: a file from the booking system, a code checked in once, on its day, within
/// its grace; and priority tickets placed ahead of regular ones on the kiosk's own queue file.
@Suite struct BookingTests {
    let line = QueueLine(prefix: "K", counters: [14, 15])
    let other = QueueLine(prefix: "A", counters: [1, 2])
    let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    let day = "2026-12-07"

    func file() -> String { TestScratch.root + "bookings-\(UUID().uuidString).sqlite" }

    /// 09:00 + `minutes` on the day, in the center's time.
    func at(_ minutes: Double) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: 2026, month: 12, day: 7, hour: 9))!.addingTimeInterval(minutes * 60)
    }

    func read(_ text: String) -> Result<[Booking], BookingFile.Problems> {
        BookingFile.read(Data(text.utf8), lines: ["K", "A"], lineOf: { $0 == "1.001456" ? "K" : nil }, timeZone: zone)
    }

    func bookings() throws -> [Booking] {
        try read("""
            code,line,procedure,date,start,end,initials
            HK-0001,,1.001456,2026-12-07,09:30,09:45,N.V.A
            HK-0002,K,,2026-12-07,10:00,10:15,TTB
            "HK-0003",K,,2026-12-08,09:00,09:15,LVC
            """).get()
    }

    func request(_ code: String, priority: String? = nil) -> TicketRequest {
        TicketRequest(.booking(BookingCode(code)!, lines: [line, other], expected: nil), priority: priority)
    }

    @Test func theBookingSystemsFileIsReadWithTheLineOfAProcedure() throws {
        let read = try bookings()
        #expect(read.map(\.code.text) == ["HK-0001", "HK-0002", "HK-0003"])
        #expect(read.map(\.line) == ["K", "K", "K"])
        #expect(read[0].procedure == "1.001456" && read[0].initials == "N.V.A")
        #expect(read[0].slotStart == at(30) && read[0].slotEnd == at(45))
        // The same as JSON.
        let json = try self.read("""
            [{"code": "HK-0001", "procedure": "1.001456", "date": "2026-12-07", "start": "09:30", "end": "09:45", "initials": "NVA"}]
            """).get()
        #expect(json.first?.line == "K" && json.first?.slotStart == at(30))
    }

    @Test func aFileWithAnyProblemIsRefusedWholeWithEveryRow() {
        let result = read("""
            code,line,procedure,date,start,end,initials
            HK1,K,,2026-12-07,09:30,09:45,NVA
            HK-0002,Z,,2026-12-07,09:30,09:45,NVA
            HK-0003,K,,2026-02-30,09:30,09:45,NVA
            HK-0004,K,,2026-12-07,10:00,09:45,NVA
            HK-0005,K,,2026-12-07,10:00,10:15,Nguyen Van An
            HK-0006,,1.001193,2026-12-07,10:00,10:15,NVA
            HK-0007,K,,2026-12-07,10:00,10:15,NVA
            HK-0007,K,,2026-12-07,10:30,10:45,NVA
            """)
        guard case .failure(let problems) = result else {
            Issue.record("a file with problems was read")
            return
        }
        #expect(problems.all.map(\.row) == [2, 3, 4, 5, 6, 7, 9])
        #expect(problems.all[0].message.contains("4 to 32"))
        #expect(problems.all[1].message.contains("no line Z"))
        #expect(problems.all[4].message.contains("no names are kept"))
        #expect(problems.all[6].message.contains("also on row 8"))
        // Every problem in both languages: the operator reads it in theirs.
        #expect(problems.all[1].message(.vi).contains("không có hàng Z"))
        #expect(problems.all[6].message(.vi).contains("cũng có ở dòng 8"))
        #expect(problems.all.allSatisfy { !$0.text.vi.isEmpty && $0.text.vi != $0.text.en })
    }

    @Test func aCodeGivesOneTicketOnItsDayAndIsCalledAtItsSlot() throws {
        let store = try SQLiteQueueStore(path: file())
        #expect(try store.importBookings(try bookings()) == BookingImport(added: 3))
        // Two walk-ins first.
        _ = try store.take(line, procedure: nil, day: day, at: at(0))
        _ = try store.take(line, procedure: nil, day: day, at: at(1))
        // Early: a booked ticket, called from its slot.
        let booked = try store.take(request("hk-0001"), day: day, at: at(10))
        #expect(booked.kind == .booked && booked.number.description == "K3" && !booked.lateBooking)
        #expect(booked.slot == BookingSlot(start: at(30), end: at(45)))
        #expect(booked.outlook == .atSlot(at(30)))
        // The same code again: refused, nothing issued.
        #expect(throws: BookingRefusal.used(at: at(10))) { try store.take(request("HK-0001"), day: day, at: at(11)) }
        // Another day's code, an unknown one.
        #expect(throws: BookingRefusal.otherDay("2026-12-08")) { try store.take(request("HK-0003"), day: day, at: at(11)) }
        #expect(throws: BookingRefusal.unknown) { try store.take(request("HK-9999"), day: day, at: at(11)) }
        // Importing again leaves a used booking as it is.
        #expect(try store.importBookings(try bookings()) == BookingImport(used: 1))
        // Before its slot the walk-ins are called; at it, the booked citizen before them.
        #expect(try store.call(counter: 14, line: line, day: day, at: at(20))?.number.description == "K1")
        let atSlot = try store.call(counter: 14, line: line, day: day, at: at(30))
        #expect(atSlot?.number.description == "K3" && atSlot?.kind == .booked)
        #expect(try store.call(counter: 14, line: line, day: day, at: at(31))?.number.description == "K2")
    }

    @Test func moreThanTheGraceLateIsAWalkInAndSaysSo() throws {
        let store = try SQLiteQueueStore(path: file())
        _ = try store.importBookings(try bookings())
        // HK-0002's slot is 10:00; 10:10 is within Đà Nẵng's 10 minutes, 10:11 is not.
        let late = try store.take(request("HK-0002", priority: "elderly"), day: day, at: at(71))
        #expect(late.lateBooking && late.kind == .priority && late.priorityGroup == "elderly")
        #expect(throws: BookingRefusal.used(at: at(71))) { try store.take(request("HK-0002"), day: day, at: at(72)) }
        let onTime = try SQLiteQueueStore(path: file())
        _ = try onTime.importBookings(try bookings())
        #expect(try onTime.take(request("HK-0002"), day: day, at: at(70)).kind == .booked)
    }

    @Test func aBookingForAnotherLineIsRefusedWhereALineWasNamed() throws {
        let store = try SQLiteQueueStore(path: file())
        _ = try store.importBookings(try bookings())
        let named = TicketRequest(.booking(BookingCode("HK-0001")!, lines: [line, other], expected: "A"))
        #expect(throws: BookingRefusal.otherLine("K")) { try store.take(named, day: day, at: at(0)) }
    }

    @Test func aPriorityTicketIsPlacedAheadOfTheRegularOnes() throws {
        let store = try SQLiteQueueStore(path: file())
        for minute in 0 ..< 3 { _ = try store.take(line, procedure: nil, day: day, at: at(Double(minute))) }
        let priority = try store.take(.walkIn(line, priority: "pregnant"), day: day, at: at(3))
        #expect(priority.kind == .priority && priority.ahead == 0 && priority.outlook == .next)
        let regular = try store.take(line, procedure: nil, day: day, at: at(4))
        #expect(regular.ahead == 4)
        // One-in-two at another hall: after the priority ticket, two regular ones, then priority again.
        let other = try SQLiteQueueStore(path: file(), policy: QueuePolicy(rule: .oneIn(regular: 2)))
        for minute in 0 ..< 4 { _ = try other.take(line, procedure: nil, day: day, at: at(Double(minute))) }
        _ = try other.take(.walkIn(line, priority: "elderly"), day: day, at: at(4))
        let second = try other.take(.walkIn(line, priority: "elderly"), day: day, at: at(5))
        #expect(second.ahead == 3)  // K5 (priority), K1, K2, then K6
        let calls = try (0 ..< 6).compactMap { try other.call(counter: 14, line: line, day: day, at: at(10 + Double($0)))?.number.description }
        #expect(calls == ["K5", "K1", "K2", "K6", "K3", "K4"])
    }
}
