import Foundation
import ProcedureCatalog
import QueueTickets

/// What the counter desk says to officers (the terminal and `kiosk counter`), in both languages.
public enum CounterUIText {
    public static func refusal(_ refusal: CounterRefusal, _ language: Language) -> String {
        let vi = language == .vi
        switch refusal {
        case .notSignedIn: return vi ? "Chưa có cán bộ đăng nhập tại quầy này." : "No officer is signed in at this counter."
        case .paused: return vi ? "Quầy đang tạm dừng: tiếp tục trước khi gọi số." : "The counter is paused: resume before calling."
        case .noTicket: return vi ? "Không có số nào tại quầy cho việc này." : "There is no ticket at the counter for this."
        case .notNow(let state):
            return vi ? "Không làm được khi số đang ở trạng thái: \(stateName(state, language))."
                : "Not possible while the ticket is \(stateName(state, language))."
        case .unknownLine(let line): return vi ? "Không có hàng đợi \(line)." : "There is no queue \(line)."
        case .nobodyWaiting: return vi ? "Không còn ai chờ." : "Nobody is waiting."
        case .busy(let ticket):
            return vi ? "Số \(ticket) vẫn đang ở quầy: kết thúc, báo vắng, tạm giữ hoặc chuyển trước."
                : "\(ticket) is still at the counter: finish, mark absent, hold or transfer it first."
        }
    }

    public static func stateName(_ state: TicketState, _ language: Language) -> String {
        let vi = language == .vi
        return switch state {
        case .waiting: vi ? "đang chờ" : "waiting"
        case .called: vi ? "đã gọi" : "called"
        case .serving: vi ? "đang phục vụ" : "being served"
        case .held: vi ? "tạm giữ" : "on hold"
        case .absent: vi ? "vắng mặt" : "absent"
        case .finished: vi ? "đã xong" : "finished"
        }
    }

    public static func pauseName(_ reason: PauseReason, _ language: Language) -> String {
        let vi = language == .vi
        return switch reason {
        case .rest: vi ? "nghỉ giải lao" : "break"
        case .meeting: vi ? "họp" : "meeting"
        case .otherWork: vi ? "việc khác" : "other work"
        }
    }

    public static func signIn(_ outcome: SignInOutcome, counter: Int, _ language: Language, timeZone: TimeZone) -> String {
        let vi = language == .vi
        func time(_ date: Date) -> String {
            let formatter = DateFormatter()
            formatter.timeZone = timeZone
            formatter.dateFormat = "HH:mm"
            return formatter.string(from: date)
        }
        switch outcome {
        case .signedIn(let officer):
            return vi ? "\(officer.name) (\(officer.staffNumber)) đã đăng nhập tại quầy \(counter)."
                : "\(officer.name) (\(officer.staffNumber)) is signed in at counter \(counter)."
        case .unknownOfficer: return vi ? "Không có cán bộ với mã này." : "No officer has this staff number."
        case .wrongPIN: return vi ? "Sai mã PIN." : "Wrong PIN."
        case .paused(let until):
            return vi ? "Nhập sai mã PIN nhiều lần: thử lại sau \(time(until))." : "Too many wrong PINs: try again after \(time(until))."
        case .locked(let until):
            return vi ? "Tài khoản bị khóa do nhập sai mã PIN đến \(time(until)); quản trị viên mở khóa bằng kiosk officers unlock."
                : "Locked after wrong PINs until \(time(until)); an operator unlocks it with kiosk officers unlock."
        case .elsewhere(let other):
            return vi ? "Cán bộ đang đăng nhập tại quầy \(other): đăng xuất ở đó trước." : "The officer is signed in at counter \(other): sign out there first."
        case .counterTaken(let by):
            return vi ? "Quầy \(counter) đang có cán bộ \(by) đăng nhập." : "Officer \(by) is signed in at counter \(counter)."
        }
    }

    /// The counter in a few lines, for the command line: who, the ticket, held ones, the lines.
    public static func statusLines(_ status: CounterStatus, _ language: Language) -> [String] {
        let vi = language == .vi
        var lines = [status.officer.map { (vi ? "Quầy \(status.counter): " : "Counter \(status.counter): ") + "\($0.name) (\($0.staffNumber))" }
            ?? (vi ? "Quầy \(status.counter): chưa có cán bộ đăng nhập" : "Counter \(status.counter): nobody signed in")]
        if let paused = status.paused { lines.append((vi ? "Tạm dừng: " : "Paused: ") + pauseName(paused, language)) }
        if let ticket = status.current {
            lines.append((vi ? "Số \(ticket.number): " : "\(ticket.number): ") + stateName(ticket.state, language)
                + (ticket.receipt.map { vi ? " · hồ sơ \($0)" : " · case \($0)" } ?? "")
                + (kind(ticket, groups: [], language).map { " · " + $0 } ?? ""))
        }
        if !status.held.isEmpty {
            lines.append((vi ? "Tạm giữ: " : "On hold: ") + status.held.map(\.number.description).joined(separator: ", "))
        }
        for line in status.lines {
            let next = line.next.map(\.description).joined(separator: ", ")
            lines.append(vi ? "Hàng \(line.prefix): \(line.waiting) người chờ" + ahead(line, language) + (next.isEmpty ? "" : " · tiếp theo \(next)")
                : "Queue \(line.prefix): \(line.waiting) waiting" + ahead(line, language) + (next.isEmpty ? "" : " · next \(next)"))
        }
        return lines
    }
}

extension CounterUIText {
    /// " (2 ưu tiên hoặc đặt lịch)": how many of those waiting go before the regular ones.
    static func ahead(_ line: LineWaiting, _ language: Language) -> String {
        guard line.priority > 0 else { return "" }
        return language == .vi ? " (\(line.priority) ưu tiên hoặc đặt lịch)" : " (\(line.priority) priority or booked)"
    }

    /// A priority ticket's group, with what the officer checks; a booked ticket's mark.
    static func kind(_ ticket: CounterTicket, groups: [PriorityGroup], _ language: Language) -> String? {
        let vi = language == .vi
        switch ticket.kind {
        case .regular: return nil
        case .booked: return vi ? "ĐẶT LỊCH trực tuyến" : "BOOKED online"
        case .priority:
            let name = ticket.priorityGroup.flatMap { id in groups.first { $0.id == id }?.name[language] } ?? ticket.priorityGroup ?? ""
            return vi ? "ƯU TIÊN: \(name) — xin kiểm tra giấy tờ" : "PRIORITY: \(name) — please check the proof"
        }
    }
}
