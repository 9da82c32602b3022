import CaseTracking
import Foundation
import ProcedureCatalog

/// What staff reach after the exit chord and the right PIN: leave the program, read the ratings' summary of the
/// last 30 days, or lift a receipt number's look-up lock for a citizen at the desk. The idle reset closes it, as
/// any screen: staff who walk away leave nothing open in the hall.
struct StaffScreen: KioskScreen {
    var selected = 0
    /// The report of the last 30 days' ratings, made once the store has answered.
    var summary: RatingReport?

    /// How far back the summary reaches.
    static let days: TimeInterval = 30

    var id: Screen { .staffMenu }
    var wrapped: AnyScreen { .staffMenu(self) }

    func title(_ context: ScreenContext) -> String { CaseUIText.staffTitle[context.language] }

    func hints(_ context: ScreenContext) -> [Hint] {
        [.select, .open] + Hint.common
    }

    func spoken(_ context: ScreenContext) -> String { SpeechUIText.choices(labels(context.language), context.language) }

    /// The choice selected, and the summary once it has come: the center, then the lowest agencies.
    func spokenFocus(_ context: ScreenContext) -> [String] {
        let language = context.language
        var parts = spokenChoice(labels(language), selected: selected, language)
        if let summary {
            let lowest = summary.groups.filter { !$0.tooFew }.prefix(5).map { group in
                group.name + ": " + (group.satisfied.map { String(format: "%.0f%%", $0) } ?? "—")
            }
            parts.append(KioskApp.joined([StaffUIText.summaryHeadline(summary, language)] + lowest))
        }
        return parts
    }

    private func labels(_ language: Language) -> [String] {
        [StaffUIText.leave, StaffUIText.summary, StaffUIText.unlock].map { $0[language] }
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? { choiceAction(for: key, count: 3, selected: selected) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        switch action {
        case .move(let delta):
            selected = moved(selected, by: delta, among: 3)
            return .stay
        case .open(0):
            return .effects([.quit])
        case .open(1):
            selected = 1
            return .effects([.loadRatings(since: context.now.addingTimeInterval(-Self.days * 86400))])
        case .open(2):
            selected = 2
            return .push(.staffUnlock(StaffUnlockScreen()))
        default:
            return nil
        }
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        guard case .ratings(let ratings) = answer else { return .stay }
        let app = context.app
        summary = RatingReport(ratings: ratings, previous: [], grouping: .agency,
                               start: context.now.addingTimeInterval(-Self.days * 86400), end: context.now,
                               goal: Double(app.satisfactionGoal), minimum: app.ratingsMinimum, catalog: app.catalog,
                               timeZone: app.timeZone, language: context.language)
        return .stay
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        let layout = context.layout
        let body = layout.body.inset(x: 1)
        // The three choices side by side (one under the other when small), the summary across the screen below.
        let labels = [StaffUIText.leave, StaffUIText.summary, StaffUIText.unlock].map { $0[language] }
        let compact = layout.compact
        let h = layout.controlHeight
        let width = compact ? body.width : (body.width - 2 * (labels.count - 1)) / labels.count
        for (index, label) in labels.enumerated() {
            let rect = compact ? Rect(x: body.x, y: body.y + index, width: width, height: 1)
                : Rect(x: body.x + index * (width + 2), y: body.y, width: width, height: h)
            canvas.button(rect, "\(index + 1) \(label)", role: index == selected ? .selected : .button, action: .open(index))
        }
        guard let summary else { return }
        let top = body.y + (compact ? labels.count : h + 1)
        drawSummary(&canvas, summary, in: Rect(x: body.x, y: top, width: body.width, height: body.maxY - top), context)
    }

    /// The whole center against the goal, then the agencies, lowest first, one line each.
    private func drawSummary(_ canvas: inout Canvas, _ report: RatingReport, in area: Rect, _ context: ScreenContext) {
        let language = context.language
        var y = area.y
        y += canvas.paragraph(StaffUIText.summaryHeadline(report, language), in: area.rows(0, 2), role: .title)
        for group in report.groups where y < area.maxY {
            let share = group.satisfied.map { String(format: "%5.1f%%", $0) } ?? "    —"
            let mark = group.tooFew ? " *" : ""
            let line = "\(share) \(String(group.count).leftPadded(to: 4, with: " ")) \(group.name)\(mark)"
            let role: Role = group.tooFew ? .muted : (group.satisfied ?? 0) < report.goal ? .notice : .plain
            canvas.grid.put(TextWrap.truncated(line, width: area.width), x: area.x, y: y, role: role)
            y += 1
        }
        if report.groups.contains(where: \.tooFew), y < area.maxY {
            canvas.grid.put(TextWrap.truncated(StaffUIText.tooFewNote(report.minimum, language), width: area.width),
                            x: area.x, y: y, role: .muted)
        }
    }
}
