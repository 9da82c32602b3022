import Foundation
import Testing
@testable import CaseTracking

@Suite struct CaseRulesTests {
    let friday = LocalDay("2026-11-27")!

    @Test func daysCountWorkingDaysSkippingWeekendsAndHolidays() {
        let calendar = WorkingCalendar(holidays: [LocalDay("2026-12-01")!])
        #expect(friday.weekday == 5)
        #expect(calendar.workingDays(from: friday, to: LocalDay("2026-11-30")!) == 1)  // Monday
        #expect(calendar.workingDays(from: friday, to: LocalDay("2026-12-02")!) == 2)  // Tuesday is a holiday
        #expect(calendar.adding(workingDays: 2, to: friday) == LocalDay("2026-12-02")!)
        #expect(LocalDay(ordinal: friday.ordinal) == friday)
        #expect(LocalDay("2026-02-29") == nil)
    }

    func record(_ status: CaseStatus, appointment: String?, finished: String? = nil, returned: String? = nil)
        -> CaseRecord
    {
        CaseRecord(
            receipt: ReceiptNumber(parsing: "000.00.12.H08-261120-0001")!, procedureCode: "1.001193.000.00.00.H08",
            maskedName: "Nguyễn V** A*", channel: .inPerson,
            receivedAt: LocalTime("2026-11-20 08:00"), appointment: appointment.flatMap { LocalDay($0) },
            finishedAt: finished.flatMap { LocalTime($0) }, returnedAt: returned.flatMap { LocalTime($0) },
            status: status, handlingAgency: "UBND-XA")
    }

    @Test func timingAgainstTheAppointment() {
        let calendar = WorkingCalendar()
        #expect(CaseTiming(record(.processing, appointment: "2026-12-02"), today: friday, calendar: calendar)
            == .daysLeft(workingDays: 3))
        #expect(CaseTiming(record(.received, appointment: "2026-11-27"), today: friday, calendar: calendar) == .dueToday)
        #expect(CaseTiming(record(.moreDocumentsNeeded, appointment: "2026-11-24"), today: friday, calendar: calendar)
            == .late(days: 3))
        #expect(CaseTiming(record(.resultReady, appointment: "2026-11-25", finished: "2026-11-26 10:00"),
                           today: friday, calendar: calendar) == .finished(on: LocalDay("2026-11-26")!, late: true))
        #expect(CaseTiming(record(.returned, appointment: "2026-11-25", finished: "2026-11-24 10:00",
                                  returned: "2026-11-25 09:00"), today: friday, calendar: calendar)
            == .returned(on: LocalDay("2026-11-25")!))
        #expect(CaseTiming(record(.withdrawn, appointment: "2026-11-25"), today: friday, calendar: calendar) == .none)
    }

    @Test(arguments: [
        ("Nguyễn Văn An", "Nguyễn V** A*"), ("Trần Thị Ngọc Trâm", "Trần T** N*** T***"), ("Lý", "Lý"),
        ("  Âu  Dương Kiệt ", "Âu D**** K***"),
    ])
    func namesAreMasked(name: String, masked: String) {
        #expect(NameMask.mask(name) == masked)
    }

    @Test func everyStatusHasBothLanguagesAndATone() {
        for status in CaseStatus.allCases {
            #expect(!status.name.vi.isEmpty && !status.name.en.isEmpty && status.name.vi != status.name.en)
            #expect(!status.meaning.vi.isEmpty && !status.meaning.en.isEmpty)
        }
        #expect(CaseStatus.resultReady.tone == .good)
        #expect(CaseStatus.processing.tone == .waiting)
        #expect(CaseStatus.moreDocumentsNeeded.tone == .problem)
    }
}
