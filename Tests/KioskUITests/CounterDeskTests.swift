import Foundation
import KioskGrid
import ProcedureCatalog
import QueueTickets
import Testing
@testable import KioskUI

/// The officer's terminal in the pure core: what each key asks of the store, and that nothing is shown as done
/// before the store says so.
@Suite struct CounterDeskTests {
    let desk = CounterDesk(counter: 14, lines: ["K"], allLines: ["A", "K"], idleSignOut: 1800, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!,
                           centerName: LocalizedText(vi: "Trung tâm", en: "Center"))
    let start = Date(timeIntervalSince1970: 1_795_747_260)
    let lan = Officer(staffNumber: StaffNumber("CB-0123")!, name: "Nguyễn Thị Lan")

    func text(_ state: CounterDeskState) -> String { desk.view(state).grid.text }

    func signedIn() -> CounterDeskState {
        var state = desk.initialState(language: .vi, size: Size(width: 100, height: 30), now: start)
        _ = desk.update(&state, .answered(.signIn(.signedIn(lan))))
        return state
    }

    func status(_ ticket: CounterTicket? = nil, held: [CounterTicket] = [], paused: PauseReason? = nil) -> CounterStatus {
        CounterStatus(counter: 14, officer: lan, paused: paused, current: ticket, held: held,
                      lines: [LineWaiting(prefix: "K", waiting: 2, next: [TicketNumber(prefix: "K", sequence: 2)])])
    }

    func ticket(_ number: Int, _ state: TicketState) -> CounterTicket {
        CounterTicket(number: TicketNumber(prefix: "K", sequence: number), line: "K", state: state, takenAt: start)
    }

    @Test func signInSendsTheStaffNumberAndPINOnceAndKeepsNoPIN() {
        var state = desk.initialState(language: .vi, size: Size(width: 100, height: 30), now: start)
        var effects: [CounterDeskEffect] = []
        for key in "cb-0123".map({ Key.character($0) }) + [.enter] + "135790".map({ Key.character($0) }) + [.enter] {
            effects += desk.update(&state, .key(key))
        }
        #expect(effects == [.signIn(StaffNumber("CB-0123")!, pin: "135790")])
        #expect(!text(state).contains("135790") && text(state).contains("Đang kiểm tra"))
        #expect(desk.update(&state, .key(.enter)).isEmpty, "sent once, while waiting")
        _ = desk.update(&state, .answered(.signIn(.wrongPIN)))
        #expect(text(state).contains("Sai mã PIN.") && state.officer == nil)
        if case .signIn(let form) = state.phase { #expect(form.pin.isEmpty) }
    }

    @Test func eachKeyAsksTheStoreAndTheScreenWaitsForItsAnswer() {
        var state = signedIn()
        _ = desk.update(&state, .answered(.status(status())))
        #expect(text(state).contains("Chưa gọi số nào") && text(state).contains("Hàng K: 2 người chờ · tiếp theo: K2"))
        #expect(desk.update(&state, .key(.function(1))) == [.perform(.callNext)])
        #expect(text(state).contains("Đang thực hiện") && !text(state).contains("K1"), "not shown as called before the answer")
        #expect(desk.update(&state, .key(.function(2))).isEmpty, "one action at a time")
        _ = desk.update(&state, .answered(.done(status(ticket(1, .called)))))
        #expect(text(state).contains("K1 · đã gọi"))
        #expect(desk.update(&state, .key(.function(1))) == [.perform(.callNext)])
        _ = desk.update(&state, .answered(.refused(.busy(TicketNumber(prefix: "K", sequence: 1)))))
        #expect(text(state).contains("Số K1 vẫn đang ở quầy"))
        // Finish asks for the case's receipt number, optional.
        #expect(desk.update(&state, .key(.function(5))).isEmpty)
        for c in "12345" { _ = desk.update(&state, .key(.character(c))) }
        #expect(desk.update(&state, .key(.enter)).isEmpty && text(state).contains("Đây không phải số hồ sơ."))
        for _ in 0 ..< 5 { _ = desk.update(&state, .key(.backspace)) }
        for c in "000.00.01.H08-261203-0001" { _ = desk.update(&state, .key(.character(c))) }
        #expect(desk.update(&state, .key(.enter)) == [.perform(.finish(receipt: "000.00.01.H08-261203-0001"))])
        _ = desk.update(&state, .answered(.done(status(ticket(1, .finished)))))
        // Pause asks why; transfer asks where (not the ticket's own line); the touch on a footer label is its key.
        _ = desk.update(&state, .key(.function(9)))
        #expect(text(state).contains("2  họp"))
        #expect(desk.update(&state, .key(.character("2"))) == [.perform(.pause(.meeting))])
        _ = desk.update(&state, .answered(.done(status(ticket(1, .finished), paused: .meeting))))
        #expect(text(state).contains("Quầy tạm dừng: họp") && text(state).contains("F9 Tiếp tục"))
        let resume = desk.view(state).position(of: "Tiếp tục")!
        #expect(desk.update(&state, .click(x: resume.x, y: resume.y)) == [.perform(.resume)])
        _ = desk.update(&state, .answered(.done(status(ticket(3, .serving)))))
        _ = desk.update(&state, .key(.function(8)))
        #expect(desk.update(&state, .key(.enter)) == [.perform(.transfer(toLine: "A"))])
    }

    @Test func theServerAwayIsSaidAtOnceAndNothingPretendsToBeDone() {
        var state = signedIn()
        _ = desk.update(&state, .answered(.status(status(ticket(1, .called)))))
        _ = desk.update(&state, .key(.function(3)))
        _ = desk.update(&state, .answered(.unreachable("Connection refused")))
        let shown = text(state)
        #expect(shown.contains("Mất kết nối kho số thứ tự: Connection refused"), "\(shown)")
        #expect(shown.contains("K1 · đã gọi"), "the ticket stays as the store last said")
        _ = desk.update(&state, .answered(.status(status(ticket(1, .called)))))
        #expect(!text(state).contains("Mất kết nối"))
    }

    @Test func signedOutByTheKeyByIdleAndFromElsewhere() {
        var state = signedIn()
        #expect(desk.update(&state, .key(.function(10))) == [.signOut])
        #expect(state.officer == nil && !text(state).contains("Nguyễn Thị Lan"))
        state = signedIn()
        #expect(desk.update(&state, .tick(start.addingTimeInterval(1799))).isEmpty)
        #expect(desk.update(&state, .tick(start.addingTimeInterval(1800))) == [.signOut])
        #expect(text(state).contains("Đã đăng xuất do không sử dụng."))
        state = signedIn()
        _ = desk.update(&state, .answered(.status(CounterStatus(counter: 14))))
        #expect(state.officer == nil && text(state).contains("đăng xuất từ nơi khác"))
    }

    @Test(arguments: Language.allCases)
    func goldenScreens(language: Language) {
        var state = desk.initialState(language: language, size: Size(width: 80, height: 24), now: start)
        Golden.check(text(state), "counter-signin-\(language.rawValue)-80x24")
        _ = desk.update(&state, .answered(.signIn(.signedIn(lan))))
        var served = ticket(7, .serving)
        served.receipt = "000.00.01.H08-261203-0001"
        _ = desk.update(&state, .answered(.status(status(served, held: [ticket(3, .held)]))))
        Golden.check(text(state), "counter-desk-\(language.rawValue)-80x24")
        _ = desk.update(&state, .key(.function(9)))
        Golden.check(text(state), "counter-pause-\(language.rawValue)-80x24")
    }

    /// A priority ticket called: the officer sees the group declared at the kiosk, and to check the proof; the
    /// line says how many priority or booked tickets go first.
    @Test func aPriorityTicketShowsItsGroupToCheck() {
        let groups = [PriorityGroup(id: "pregnant", name: LocalizedText(vi: "Phụ nữ mang thai", en: "Pregnant woman"),
                                    basis: LocalizedText(vi: "—", en: "—"))]
        let desk = CounterDesk(counter: 14, lines: ["K"], allLines: ["K"], idleSignOut: 1800, timeZone: self.desk.timeZone,
                               centerName: LocalizedText(vi: "Trung tâm", en: "Center"), priorityGroups: groups)
        var state = desk.initialState(language: .vi, size: Size(width: 100, height: 30), now: start)
        _ = desk.update(&state, .answered(.signIn(.signedIn(lan))))
        var called = ticket(9, .called)
        called.kind = .priority
        called.priorityGroup = "pregnant"
        var status = status(called)
        status.lines[0].priority = 1
        _ = desk.update(&state, .answered(.status(status)))
        let screen = desk.view(state).grid.text
        #expect(screen.contains("ƯU TIÊN: Phụ nữ mang thai — xin kiểm tra giấy tờ"), "\(screen)")
        #expect(screen.contains("Hàng K: 2 người chờ (1 ưu tiên hoặc đặt lịch)"), "\(screen)")
    }
}
