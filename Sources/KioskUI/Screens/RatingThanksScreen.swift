import Foundation
import ProcedureCatalog

/// Thanks for a rating; home by itself after a few seconds (or at a touch of the button), so that nothing of the
/// rating stays on the screen for the next citizen. When the rating could not be kept (a fault under both the
/// database and the outbox), it says so, and where to rate instead, a little longer.
struct RatingThanksScreen: KioskScreen {
    let shownAt: Date
    /// False once the recorder says the rating was lost.
    var kept = true

    /// Seconds before the kiosk goes home by itself: enough to read the screen's words.
    static let seconds: TimeInterval = 8
    static let secondsWhenLost: TimeInterval = 20

    var id: Screen { .ratingThanks }
    var wrapped: AnyScreen { .ratingThanks(self) }

    func title(_ context: ScreenContext) -> String {
        (kept ? RatingUIText.thanksTitle : RatingUIText.notSavedTitle)[context.language]
    }

    func hints(_ context: ScreenContext) -> [Hint] { Hint.common }

    func spoken(_ context: ScreenContext) -> String {
        (kept ? RatingUIText.thanks : RatingUIText.notSaved)[context.language]
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        key == .enter || key == .backspace ? .home : nil
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? { nil }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        if case .ratingSaved(let kept) = answer { self.kept = kept }
        return .stay
    }

    func expired(at now: Date) -> Bool {
        now.timeIntervalSince(shownAt) >= (kept ? Self.seconds : Self.secondsWhenLost)
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let column = context.layout.readingColumn
        var y = column.y + (context.layout.compact ? 0 : 2)
        let words = kept ? RatingUIText.thanks : RatingUIText.notSaved
        y += canvas.paragraph(words[context.language], in: Rect(x: column.x, y: y, width: column.width, height: 6),
                              role: kept ? .title : .statusProblem)
        let label = RatingUIText.backHome[context.language]
        let width = min(column.width, DisplayWidth.of(label) + 8)
        canvas.button(Rect(x: column.x, y: y + 1, width: width, height: context.layout.controlHeight), label,
                      role: .selected, action: .home)
    }
}
