import ProcedureCatalog

/// Home's "Rate our service": the national form for a case, by its receipt number, or the quick rating for a
/// citizen without the slip.
struct RateStartScreen: KioskScreen {
    var selected = 0

    var id: Screen { .rateStart }
    var wrapped: AnyScreen { .rateStart(self) }

    func title(_ context: ScreenContext) -> String { RatingUIText.quickTitle[context.language] }

    func spoken(_ context: ScreenContext) -> String {
        RatingUIText.startPrompt[context.language] + " " + SpeechUIText.choices(labels(context.language), context.language)
    }

    func spokenFocus(_ context: ScreenContext) -> [String] {
        spokenChoice(labels(context.language), selected: selected, context.language)
    }

    private func labels(_ language: Language) -> [String] {
        [RatingUIText.byReceipt[language], RatingUIText.withoutSlip[language]]
    }

    func hints(_ context: ScreenContext) -> [Hint] {
        [.select, Hint(.enter, label: RatingUIText.choose, action: .press(.enter))] + Hint.common
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? { choiceAction(for: key, count: 2, selected: selected) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        switch action {
        case .move(let delta):
            selected = moved(selected, by: delta, among: 2)
            return .stay
        case .open(0):
            selected = 0
            return .push(.caseEntry(CaseEntryScreen(purpose: .rating)))
        case .open(1):
            selected = 1
            return .push(.quickRating(QuickRatingScreen()))
        default:
            return nil
        }
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        let column = context.layout.readingColumn
        var y = column.y + (context.layout.compact ? 0 : 1)
        y += canvas.paragraph(RatingUIText.startPrompt[language], in: Rect(x: column.x, y: y, width: column.width,
                                                                           height: 2), role: .title)
        y += context.layout.compact ? 0 : 1
        canvas.choices([RatingUIText.byReceipt[language], RatingUIText.withoutSlip[language]], from: y, in: column,
                       selected: selected, height: context.layout.controlHeight)
    }
}
