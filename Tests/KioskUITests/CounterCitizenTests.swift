import CaseTracking
import Foundation
import KioskGrid
import ProcedureCatalog
import QueueTickets
import Testing
@testable import KioskUI

/// The citizen's side of a counter in the pure core: asked once per service, after it ends; the three answers
/// and one tap of why; nothing kept when nobody answers; two citizens in a row.
@Suite struct CounterCitizenTests {
    let citizen = CounterCitizen(counter: 14, kiosk: "counter-14", timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
    let start = Date(timeIntervalSince1970: 1_795_747_260)
    let lan = Officer(staffNumber: StaffNumber("CB-0123")!, name: "Nguyễn Thị Lan")

    func status(_ number: Int, _ state: TicketState, finished: TimeInterval? = nil, receipt: String? = nil) -> CounterStatus {
        CounterStatus(counter: 14, officer: lan,
                      current: CounterTicket(number: TicketNumber(prefix: "K", sequence: number), line: "K", state: state,
                                             takenAt: start, finishedAt: finished.map { start.addingTimeInterval($0) },
                                             receipt: receipt))
    }

    func text(_ state: CounterCitizenState) -> String { citizen.view(state).grid.text }

    func tap(_ label: String, _ state: inout CounterCitizenState) -> [CounterCitizenEffect] {
        guard let at = citizen.view(state).position(of: label) else {
            Issue.record("no \(label) on\n\(text(state))")
            return []
        }
        return citizen.update(&state, .click(x: at.x, y: at.y))
    }

    @Test func askedOnceAfterEachServiceAndTiedToTicketCounterOfficerAndCase() throws {
        var state = citizen.initialState(language: .vi, size: Size(width: 40, height: 12), now: start)
        // The service that ended before the screen started is not asked about.
        #expect(citizen.update(&state, .status(status(1, .finished, finished: 10))).isEmpty)
        #expect(state.phase == .waiting && text(state).contains("Quầy 14 · Nguyễn Thị Lan · CB-0123"))
        _ = citizen.update(&state, .status(status(2, .serving)))
        #expect(text(state).contains("Đang phục vụ số"))
        _ = citizen.update(&state, .status(status(2, .finished, finished: 100, receipt: "000.00.01.H08-261203-0001")))
        #expect(text(state).contains("Ông/Bà đánh giá như thế nào về thái độ") && text(state).contains("CHƯA HÀI LÒNG"))
        let saved = tap("RẤT HÀI LÒNG", &state)
        guard case .save(let rating)? = saved.first else {
            Issue.record("nothing saved")
            return
        }
        #expect(rating.kind == .counter && rating.counter == "14" && rating.officer == "CB-0123" && rating.ticket == "K2")
        #expect(rating.receipt?.description == "000.00.01.H08-261203-0001" && rating.answers == [.attitude: Satisfaction.veryPleased.rawValue])
        #expect(text(state).contains("Cảm ơn"))
        // The same service read again is not asked again; its id is the same however often it would be sent.
        _ = citizen.update(&state, .tick(start.addingTimeInterval(CounterCitizen.thanksFor + 1)))
        _ = citizen.update(&state, .status(status(2, .finished, finished: 100, receipt: "000.00.01.H08-261203-0001")))
        #expect(state.phase == .waiting)
        let again = citizen.rating(Service(ticket: status(2, .finished, finished: 100).current!, officer: lan), .pleased,
                                   complaint: nil, state)
        #expect(again.id == rating.id)
    }

    @Test func notSatisfiedAsksOneTapOfWhyThenTheNextCitizenStartsClean() {
        var state = citizen.initialState(language: .vi, size: Size(width: 40, height: 12), now: start)
        _ = citizen.update(&state, .status(status(1, .serving)))
        _ = citizen.update(&state, .status(status(1, .finished, finished: 50)))
        #expect(tap("CHƯA HÀI LÒNG", &state).isEmpty)
        #expect(text(state).contains("Điều gì chưa tốt?"))
        let saved = tap("Thái độ công chức", &state)
        #expect(saved.count == 1)
        if case .save(let rating)? = saved.first {
            #expect(rating.answers == [.attitude: 0] && rating.complaints == [.staffAttitude])
        }
        // Nobody answers the next citizen's question within a minute: nothing is kept, back to waiting.
        _ = citizen.update(&state, .tick(start.addingTimeInterval(10)))
        _ = citizen.update(&state, .status(status(2, .called)))
        _ = citizen.update(&state, .status(status(2, .finished, finished: 200)))
        guard case .question = state.phase else {
            Issue.record("not asked: \(state.phase)")
            return
        }
        #expect(citizen.update(&state, .tick(start.addingTimeInterval(10 + CounterCitizen.answerWithin))).isEmpty)
        #expect(state.phase == .waiting && !text(state).contains("Ông/Bà đánh giá"))
    }

    @Test func aServiceThatEndedBeforeTheScreenStartedIsNotAskedAboutWhenAnOfficerSignsIn() {
        var state = citizen.initialState(language: .vi, size: Size(width: 40, height: 12), now: start)
        var ended = status(3, .finished, finished: 30)
        ended.officer = nil
        _ = citizen.update(&state, .status(ended))
        _ = citizen.update(&state, .status(status(3, .finished, finished: 30)))
        #expect(state.phase == .waiting, "asked about a service from before: \(state.phase)")
    }

    @Test func inEnglishAndWithoutAnOfficer() {
        var state = citizen.initialState(language: .vi, size: Size(width: 40, height: 12), now: start)
        _ = citizen.update(&state, .status(CounterStatus(counter: 14)))
        #expect(text(state).contains("Quầy chưa mở."))
        _ = tap("EN", &state)
        #expect(text(state).contains("This counter is not open.") && text(state).contains("VI"))
    }

    @Test(arguments: Language.allCases)
    func goldenScreens(language: Language) {
        var state = citizen.initialState(language: language, size: Size(width: 40, height: 12), now: start)
        _ = citizen.update(&state, .status(status(7, .serving)))
        Golden.check(text(state), "counter-citizen-serving-\(language.rawValue)-40x12")
        _ = citizen.update(&state, .status(status(7, .finished, finished: 300)))
        Golden.check(text(state), "counter-citizen-question-\(language.rawValue)-40x12")
        _ = tap(CounterCitizenView.answerLabels[2][language], &state)
        Golden.check(text(state), "counter-citizen-why-\(language.rawValue)-40x12")
    }
}
