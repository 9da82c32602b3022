import CaseTracking
import ProcedureCatalog

/// A quick rating without a receipt number: one question (the staff's attitude at the counter), three big
/// answers with faces and words. Once per citizen: until the idle reset, a second visit only says thanks.
struct QuickRatingScreen: KioskScreen {
    var selected = 0

    static let answers: [Satisfaction] = [.veryPleased, .pleased, .displeased]

    var id: Screen { .quickRating }
    var wrapped: AnyScreen { .quickRating(self) }

    func title(_ context: ScreenContext) -> String { RatingUIText.quickTitle[context.language] }

    /// The question and its answers (or, rated already, that it has been).
    func spoken(_ context: ScreenContext) -> String {
        let language = context.language
        if context.quickRated { return RatingUIText.alreadyRated[language] }
        return RatingUIText.quickQuestion[language] + " " + SpeechUIText.choices(labels(language), language)
    }

    func spokenFocus(_ context: ScreenContext) -> [String] {
        context.quickRated ? [] : spokenChoice(labels(context.language), selected: selected, context.language)
    }

    private func labels(_ language: Language) -> [String] { Self.answers.map { $0.name[language] } }

    func hints(_ context: ScreenContext) -> [Hint] {
        context.quickRated ? Hint.common : [.select, Hint(.enter, label: RatingUIText.choose, action: .press(.enter))] + Hint.common
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        choiceAction(for: key, count: Self.answers.count, selected: selected)
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        guard !context.quickRated else { return nil }
        switch action {
        case .move(let delta):
            selected = moved(selected, by: delta, among: Self.answers.count)
            return .stay
        case .open(let choice):
            guard Self.answers.indices.contains(choice) else { return .stay }
            selected = choice
            let draft = QuickRatingDraft(answer: Self.answers[choice])
            if draft.answer == .displeased { return .push(.ratingComplaints(RatingComplaintsScreen(then: .chooseAgency(draft)))) }
            return .push(.ratingAgency(RatingAgencyScreen(draft: draft)))
        default:
            return nil
        }
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        let column = context.layout.readingColumn
        guard !context.quickRated else {
            canvas.paragraph(RatingUIText.alreadyRated[language], in: column.dropping(top: 1), role: .title)
            return
        }
        var y = column.y + (context.layout.compact ? 0 : 1)
        y += canvas.paragraph(RatingUIText.quickQuestion[language], in: Rect(x: column.x, y: y, width: column.width,
                                                                            height: 3), role: .title)
        y += context.layout.compact ? 0 : 1
        canvas.choices(Self.answers.map { "\(RatingUIText.face($0))  \($0.name[language])" }, from: y, in: column,
                       selected: selected, height: context.layout.controlHeight)
    }
}

/// What a quick rating has gathered so far, screen to screen.
struct QuickRatingDraft: Equatable, Sendable {
    var answer: Satisfaction
    var complaints: [Complaint] = []
}

extension KioskScreen {
    /// The focus of a screen of big choices: the one selected.
    func spokenChoice(_ labels: [String], selected: Int, _ language: Language) -> [String] {
        guard labels.indices.contains(selected) else { return [] }
        return [SpeechUIText.selected(labels[selected], row: selected + 1, of: labels.count, language)]
    }

    /// A selection moved by `delta` among `count` choices, kept on them.
    func moved(_ selected: Int, by delta: Int, among count: Int) -> Int {
        min(max(0, selected + delta), max(0, count - 1))
    }

    /// Keys of a screen of big choices: ↑↓ to move, Enter to take the selected one, digits for the numbered.
    func choiceAction(for key: Key, count: Int, selected: Int) -> Action? {
        switch key {
        case .up, .backTab: return .move(-1)
        case .down, .tab: return .move(1)
        case .enter: return .open(selected)
        case .backspace: return .back
        case .character(let c):
            guard let digit = c.wholeNumberValue, c.isASCII, (1 ... count).contains(digit) else { return nil }
            return .open(digit - 1)
        default: return nil
        }
    }
}

extension Canvas {
    /// Big numbered buttons one under the other, across `column`, from row `y`.
    mutating func choices(_ labels: [String], from y: Int, in column: Rect, selected: Int, height: Int) {
        var y = y
        for (index, label) in labels.enumerated() where y + height <= column.maxY {
            button(Rect(x: column.x, y: y, width: column.width, height: height), "\(index + 1)   \(label)",
                   role: index == selected ? .selected : .button, action: .open(index))
            y += height
        }
    }
}
