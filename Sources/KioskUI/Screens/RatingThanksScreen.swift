import Foundation
import ProcedureCatalog

/// Thanks for a rating; home by itself after a few seconds (or at a touch of the button), so that nothing of the
/// rating stays on the screen for the next citizen.
struct RatingThanksScreen: KioskScreen {
    let shownAt: Date

    /// Seconds before the kiosk goes home by itself.
    static let seconds: TimeInterval = 8

    var id: Screen { .ratingThanks }
    var wrapped: AnyScreen { .ratingThanks(self) }

    func title(_ context: ScreenContext) -> String { RatingUIText.thanksTitle[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { Hint.common }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        key == .enter || key == .backspace ? .home : nil
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? { nil }

    func expired(at now: Date) -> Bool { now.timeIntervalSince(shownAt) >= Self.seconds }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let column = context.layout.readingColumn
        var y = column.y + (context.layout.compact ? 0 : 2)
        y += canvas.paragraph(RatingUIText.thanks[context.language], in: Rect(x: column.x, y: y, width: column.width,
                                                                              height: 4), role: .title)
        let label = RatingUIText.backHome[context.language]
        let width = min(column.width, DisplayWidth.of(label) + 8)
        canvas.button(Rect(x: column.x, y: y + 1, width: width, height: context.layout.controlHeight), label,
                      role: .selected, action: .home)
    }
}
