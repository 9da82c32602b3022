import Foundation
import KioskGrid
import ProcedureCatalog
import QueueTickets

/// The officer's terminal drawn: the header (counter, officer, clock), then the sign-in or the desk (the ticket
/// at the counter large, its state, the lines and their next numbers, held tickets, the message), the choice
/// being made, and the keys in the footer, each label a touch target doing what its key does.
struct CounterDeskView {
    let desk: CounterDesk
    let state: CounterDeskState

    var language: Language { state.language }
    var vi: Bool { language == .vi }

    func render() -> Frame {
        var canvas = Canvas(state.size)
        let size = state.size
        guard size.width >= 60, size.height >= 20 else {
            canvas.grid.put(vi ? "Cần cửa sổ ≥ 60×20" : "Needs ≥ 60×20", x: 0, y: 0, role: .notice)
            return canvas.frame
        }
        header(&canvas)
        switch state.phase {
        case .signIn(let form): signIn(form, &canvas)
        case .desk(let screen): deskBody(screen, &canvas)
        }
        footer(&canvas)
        return canvas.frame
    }

    private func header(_ canvas: inout Canvas) {
        let size = state.size
        canvas.grid.fill(Rect(x: 0, y: 0, width: size.width, height: 1), role: .header)
        var title = (vi ? "Quầy \(desk.counter)" : "Counter \(desk.counter)") + " · " + desk.centerName[language]
        if let officer = state.officer { title = (vi ? "Quầy \(desk.counter)" : "Counter \(desk.counter)") + " · \(officer.name) (\(officer.staffNumber))" }
        let clock = ClockText.text(state.now, desk.timeZone, language, short: true)
        canvas.grid.put(title, x: 1, y: 0, role: .header, limit: size.width - DisplayWidth.of(clock) - 3)
        canvas.grid.put(clock, x: size.width - DisplayWidth.of(clock) - 1, y: 0, role: .header)
    }

    private func signIn(_ form: SignInForm, _ canvas: inout Canvas) {
        let x = 4
        canvas.grid.put(vi ? "Đăng nhập cán bộ" : "Officer sign-in", x: x, y: 2, role: .title)
        canvas.grid.put(vi ? "Mã cán bộ:" : "Staff number:", x: x, y: 4, role: form.onPIN ? .muted : .plain)
        canvas.inputBox(Rect(x: x + 16, y: 3, width: 24, height: 3), text: form.staff, textRole: .input, action: nil,
                        caret: !form.onPIN)
        canvas.grid.put(vi ? "Mã PIN:" : "PIN:", x: x, y: 7, role: form.onPIN ? .plain : .muted)
        canvas.inputBox(Rect(x: x + 16, y: 6, width: 24, height: 3), text: String(repeating: "●", count: form.pin.count),
                        textRole: .input, action: nil, caret: form.onPIN)
        let help = form.waiting ? (vi ? "Đang kiểm tra…" : "Checking…")
            : (vi ? "Gõ mã cán bộ, Enter, rồi mã PIN, Enter." : "Type the staff number, Enter, then the PIN, Enter.")
        canvas.grid.put(help, x: x, y: 10, role: .muted, limit: state.size.width - x - 1)
        if let message = form.message { messageLine(message, y: 12, &canvas) }
    }

    private func deskBody(_ screen: DeskScreen, _ canvas: inout Canvas) {
        let size = state.size
        var y = 2
        if let away = screen.away {
            canvas.grid.fill(Rect(x: 0, y: y, width: size.width, height: 1), role: .statusProblem)
            canvas.grid.put(" " + (vi ? "Mất kết nối kho số thứ tự: \(away). Các thao tác chưa được thực hiện."
                : "The queue store is unreachable: \(away). Nothing is done until it answers."),
                            x: 0, y: y, role: .statusProblem, limit: size.width)
            y += 2
        }
        guard let status = screen.status else {
            canvas.grid.put(vi ? "Đang đọc tình trạng quầy…" : "Reading the counter…", x: 2, y: y, role: .muted)
            return
        }
        if let paused = status.paused {
            canvas.grid.fill(Rect(x: 0, y: y, width: size.width, height: 1), role: .statusWaiting)
            canvas.grid.put(" " + (vi ? "Quầy tạm dừng: " : "Counter paused: ") + CounterUIText.pauseName(paused, language)
                + (vi ? " · F9 để tiếp tục" : " · F9 to resume"), x: 0, y: y, role: .statusWaiting, limit: size.width)
            y += 2
        }
        y = ticket(status, y: y, &canvas)
        for line in status.lines {
            let next = line.next.map(\.description).joined(separator: "  ")
            let text = vi ? "Hàng \(line.prefix): \(line.waiting) người chờ" + CounterUIText.ahead(line, language)
                + (next.isEmpty ? "" : " · tiếp theo: \(next)")
                : "Queue \(line.prefix): \(line.waiting) waiting" + CounterUIText.ahead(line, language) + (next.isEmpty ? "" : " · next: \(next)")
            canvas.grid.put(text, x: 2, y: y, role: .plain, limit: size.width - 4)
            y += 1
        }
        if !status.held.isEmpty {
            canvas.grid.put((vi ? "Tạm giữ: " : "On hold: ") + status.held.map(\.number.description).joined(separator: "  "),
                            x: 2, y: y, role: .muted, limit: size.width - 4)
            y += 1
        }
        y += 1
        y = choice(screen, status, y: y, &canvas)
        if screen.waiting {
            canvas.grid.put(vi ? "Đang thực hiện…" : "Working…", x: 2, y: y, role: .muted)
        } else if let message = screen.message {
            messageLine(message, y: y, &canvas)
        }
    }

    /// The ticket at the counter (or the one that ended last), large where it fits.
    private func ticket(_ status: CounterStatus, y: Int, _ canvas: inout Canvas) -> Int {
        var y = y
        guard let ticket = status.current else {
            canvas.grid.put(vi ? "Chưa gọi số nào. F1 để gọi số tiếp." : "No number called yet. F1 calls the next.", x: 2, y: y, role: .title)
            return y + 2
        }
        let number = ticket.number.description
        let state = CounterUIText.stateName(ticket.state, language)
        if self.state.size.height >= 24, BigText.width(number) + 4 <= self.state.size.width {
            BigText.draw(number, x: 2, y: y, into: &canvas.grid)
            y += BigText.glyphRows
        }
        let role: Role = [.called, .serving].contains(ticket.state) ? .selected : .muted
        canvas.grid.put(" \(number) · \(state)" + (ticket.receipt.map { vi ? " · hồ sơ \($0)" : " · case \($0)" } ?? "") + " ",
                        x: 2, y: y, role: role, limit: self.state.size.width - 4)
        if let kind = CounterUIText.kind(ticket, groups: desk.priorityGroups, language) {
            canvas.grid.put(kind, x: 2, y: y + 1, role: .title, limit: self.state.size.width - 4)
            return y + 3
        }
        return y + 2
    }

    /// What the officer is choosing now, as numbered rows (a touch on a row chooses it).
    private func choice(_ screen: DeskScreen, _ status: CounterStatus, y: Int, _ canvas: inout Canvas) -> Int {
        let title: String
        let rows: [String]
        let selected: Int
        switch screen.mode {
        case .actions:
            return y
        case .pause(let index):
            title = vi ? "Lý do tạm dừng (Enter chọn, Esc thôi):" : "Why pause (Enter chooses, Esc cancels):"
            rows = PauseReason.allCases.map { CounterUIText.pauseName($0, language) }
            selected = index
        case .transfer(let index):
            title = vi ? "Chuyển sang hàng (Enter chọn, Esc thôi):" : "Move to queue (Enter chooses, Esc cancels):"
            rows = screen.transferTargets(desk)
            selected = index
        case .takeBack(let index):
            title = vi ? "Lấy lại số tạm giữ (Enter chọn, Esc thôi):" : "Take back a held ticket (Enter chooses, Esc cancels):"
            rows = status.held.map(\.number.description)
            selected = index
        case .receipt(let text):
            canvas.grid.put(vi ? "Số hồ sơ đã tiếp nhận (không bắt buộc), Enter để kết thúc, Esc thôi:"
                : "Receipt number of the case received (optional), Enter to finish, Esc cancels:",
                            x: 2, y: y, role: .title, limit: state.size.width - 4)
            canvas.inputBox(Rect(x: 2, y: y + 1, width: min(50, state.size.width - 4), height: 3), text: text, textRole: .input,
                            action: nil, caret: true)
            return y + 5
        }
        canvas.grid.put(title, x: 2, y: y, role: .title, limit: state.size.width - 4)
        for (index, row) in rows.enumerated() {
            let rect = Rect(x: 2, y: y + 1 + index, width: min(40, state.size.width - 4), height: 1)
            canvas.button(rect, "\(index + 1)  \(row)", role: index == selected ? .selected : .button,
                          action: .press(.character(Character(String(index + 1)))))
        }
        return y + rows.count + 2
    }

    private func messageLine(_ message: DeskMessage, y: Int, _ canvas: inout Canvas) {
        let text: String
        switch message {
        case .signedOutIdle: text = vi ? "Đã đăng xuất do không sử dụng." : "Signed out after a while unused."
        case .signedOutElsewhere: text = vi ? "Quầy đã được đăng xuất từ nơi khác." : "The counter was signed out elsewhere."
        case .signIn(let outcome): text = CounterUIText.signIn(outcome, counter: desk.counter, language, timeZone: desk.timeZone)
        case .refused(let refusal): text = CounterUIText.refusal(refusal, language)
        case .unreachable(let why): text = (vi ? "Không kết nối được kho số thứ tự: " : "The queue store is unreachable: ") + why
        case .badStaffNumber: text = vi ? "Mã cán bộ: 2 đến 16 chữ cái, chữ số hoặc dấu -." : "A staff number is 2 to 16 letters, digits or -."
        case .badReceipt: text = vi ? "Đây không phải số hồ sơ." : "That is not a receipt number."
        }
        canvas.paragraph(text, in: Rect(x: 2, y: y, width: state.size.width - 4, height: 2), role: .notice)
    }

    /// The keys, two rows at the bottom; each label is a touch target pressing its key.
    private func footer(_ canvas: inout Canvas) {
        let size = state.size
        var keys: [(Key, String)] = []
        if case .desk(let screen) = state.phase, screen.mode == .actions {
            keys = DeskScreen.actionKeys.map { key, label in
                (key, key == .function(9) && screen.status?.paused != nil ? (vi ? "Tiếp tục" : "Resume") : label[language])
            }
        }
        keys.append((.function(12), vi ? "English" : "Tiếng Việt"))
        canvas.grid.fill(Rect(x: 0, y: size.height - 2, width: size.width, height: 2), role: .footer)
        var (x, y) = (0, size.height - 2)
        for (key, label) in keys {
            let name = "F\(functionNumber(key))"
            let width = DisplayWidth.of(name) + DisplayWidth.of(label) + 3
            if x + width > size.width, y == size.height - 2 { (x, y) = (0, size.height - 1) }
            canvas.grid.put(" " + name, x: x, y: y, role: .footerKey)
            canvas.grid.put(" " + label + " ", x: x + DisplayWidth.of(name) + 1, y: y, role: .footer)
            canvas.tap(Rect(x: x, y: y, width: width, height: 1), .press(key))
            x += width
        }
    }

    private func functionNumber(_ key: Key) -> Int {
        if case .function(let n) = key { return n }
        return 0
    }
}
