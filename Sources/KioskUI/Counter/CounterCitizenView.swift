import CaseTracking
import Foundation
import KioskGrid
import ProcedureCatalog
import QueueTickets

/// The citizen's side drawn, from 40x12 up: the counter and officer at the top, then the number served, the
/// question with three big answers, the reasons, or the thanks; a language button in the corner.
struct CounterCitizenView {
    let citizen: CounterCitizen
    let state: CounterCitizenState

    static let answers: [Satisfaction] = [.veryPleased, .pleased, .displeased]
    /// The answers as the counters' rating devices word them (the kiosk's own say "Không hài lòng").
    static let answerLabels = [LocalizedText(vi: "RẤT HÀI LÒNG", en: "VERY SATISFIED"),
                               LocalizedText(vi: "HÀI LÒNG", en: "SATISFIED"),
                               LocalizedText(vi: "CHƯA HÀI LÒNG", en: "NOT SATISFIED")]

    static let question = LocalizedText(
        vi: "Ông/Bà đánh giá như thế nào về thái độ công chức khi hướng dẫn và tiếp nhận giải quyết hồ sơ?",
        en: "How would you rate the officer's attitude in guiding you and receiving your application?")

    var language: Language { state.language }
    var vi: Bool { language == .vi }

    func render() -> Frame {
        var canvas = Canvas(state.size)
        let size = state.size
        guard size.width >= 40, size.height >= 12 else {
            canvas.grid.put("≥ 40×12", x: 0, y: 0, role: .notice)
            return canvas.frame
        }
        header(&canvas)
        let body = Rect(x: 1, y: 2, width: size.width - 2, height: size.height - 2)
        switch state.phase {
        case .waiting: waiting(body, &canvas)
        case .question: question(body, &canvas)
        case .why: why(body, &canvas)
        case .thanks:
            canvas.paragraph(vi ? "Cảm ơn Ông/Bà đã đánh giá!" : "Thank you for your rating!",
                             in: body.dropping(top: max(0, body.height / 2 - 1)), role: .title, centred: true)
        }
        return canvas.frame
    }

    private func header(_ canvas: inout Canvas) {
        let size = state.size
        let button = vi ? "EN" : "VI"
        canvas.grid.fill(Rect(x: 0, y: 0, width: size.width, height: 1), role: .header)
        var title = vi ? "Quầy \(citizen.counter)" : "Counter \(citizen.counter)"
        if let officer = state.status?.officer { title += " · \(officer.name) · \(officer.staffNumber)" }
        canvas.grid.put(title, x: 1, y: 0, role: .header, limit: size.width - 6)
        canvas.button(Rect(x: size.width - 4, y: 0, width: 4, height: 1), button, role: .button, action: .toggleLanguage)
    }

    private func waiting(_ body: Rect, _ canvas: inout Canvas) {
        if state.away {
            canvas.paragraph(vi ? "Đang chờ kết nối…" : "Waiting for the connection…", in: body.rows(0, 1), role: .muted)
        }
        guard let status = state.status, status.officer != nil else {
            canvas.paragraph(vi ? "Quầy chưa mở." : "This counter is not open.", in: body.dropping(top: 2), role: .title, centred: true)
            return
        }
        if status.paused != nil {
            canvas.paragraph(vi ? "Quầy tạm dừng, xin vui lòng chờ." : "The counter is paused, please wait.",
                             in: body.dropping(top: 2), role: .title, centred: true)
            return
        }
        guard let ticket = status.current, [.called, .serving].contains(ticket.state) else {
            canvas.paragraph(vi ? "Mời Ông/Bà chờ gọi số." : "Please wait for your number to be called.",
                             in: body.dropping(top: 2), role: .title, centred: true)
            return
        }
        let number = ticket.number.description
        var y = body.y + 1
        canvas.paragraph(vi ? "Đang phục vụ số" : "Now serving", in: Rect(x: body.x, y: y, width: body.width, height: 1),
                         role: .muted, centred: true)
        y += 1
        if body.maxY - y >= BigText.glyphRows, BigText.width(number) <= body.width {
            BigText.draw(number, x: body.x + (body.width - BigText.width(number)) / 2, y: y, into: &canvas.grid)
        } else {
            canvas.paragraph(number, in: Rect(x: body.x, y: y, width: body.width, height: 1), role: .title, centred: true)
        }
    }

    private func question(_ body: Rect, _ canvas: inout Canvas) {
        let words = Self.question[language]
        let used = canvas.paragraph(words, in: Rect(x: body.x, y: body.y, width: body.width, height: 4), role: .title)
        let labels = Self.answerLabels.map { $0[language] }
        buttons(labels, from: body.y + used + 1, body, &canvas)
    }

    private func why(_ body: Rect, _ canvas: inout Canvas) {
        // From the row under the header: five reasons a row apart fit in 12 rows.
        canvas.paragraph(vi ? "Điều gì chưa tốt? Chạm một ý:" : "What was not good? Touch one:",
                         in: Rect(x: body.x, y: body.y - 1, width: body.width, height: 1), role: .title)
        buttons(Complaint.allCases.map { $0.name[language] }, from: body.y, body, &canvas)
    }

    /// Big buttons one under the other: boxed, 3 rows each, where there is room; else one-row bars a row apart
    /// (bars side by side would read as one).
    private func buttons(_ labels: [String], from y: Int, _ body: Rect, _ canvas: inout Canvas) {
        let room = body.maxY - y
        let step = room >= labels.count * 3 ? 3 : room >= labels.count * 2 ? 2 : 1
        for (index, label) in labels.enumerated() {
            let rect = Rect(x: body.x, y: y + index * step, width: body.width, height: step == 3 ? 3 : 1)
            canvas.button(rect, label, role: .button, action: .open(index))
        }
    }
}
