import CaseTracking
import Foundation
import ProcedureCatalog

/// Rating a case on the national form, after the same look-up as checking it (receipt number, second factor,
/// guess limit): indicators 1 and 2 shown from the case data, then one question a screen: 3, 4, 6, 7, 10, 11.
/// A case has one rating: rating it again says so, and replaces the earlier one if the citizen wants, while
/// the case is within 30 days of its result.
struct CaseRatingScreen: KioskScreen {
    enum Earlier: Equatable, Sendable {
        /// The store has not answered yet.
        case unknown
        case none
        case rated(Rating)
    }

    let record: CaseRecord
    var earlier = Earlier.unknown
    /// 0: the case and its derived indicators (or the earlier rating); then one question each.
    var step = 0
    var answers: [Indicator: Int] = [:]
    var selected = 0

    init(record: CaseRecord) {
        self.record = record
    }

    /// The screen pushed, with the question of the earlier rating to the store.
    static func start(_ record: CaseRecord) -> Transition {
        Transition(navigation: .push(.caseRating(CaseRatingScreen(record: record))), effects: [.findCaseRating(record.receipt)])
    }

    static let questions: [Indicator] = [.contacts, .agencies, .posted, .attitude, .ease, .overall]

    var id: Screen { .caseRating }
    var wrapped: AnyScreen { .caseRating(self) }
    var question: Indicator? { step > 0 ? Self.questions[step - 1] : nil }

    func title(_ context: ScreenContext) -> String { RatingUIText.caseTitle[context.language] }

    /// Nothing before the focus: the question changes on the same screen.
    func spoken(_ context: ScreenContext) -> String { "" }

    /// The step (the case, or a question, with its answers), then the answer selected.
    func spokenFocus(_ context: ScreenContext) -> [String] {
        let language = context.language
        let labels = choices(context)
        let shown = question.map { SpeechUIText.step(self.step, of: Self.questions.count, language) + ". " + RatingUIText.question($0)[language] }
            ?? intro(context, spoken: true)
        return [shown + " " + SpeechUIText.choices(labels, language)] + spokenChoice(labels, selected: selected, language)
    }

    func hints(_ context: ScreenContext) -> [Hint] {
        [.select, Hint(.enter, label: RatingUIText.choose, action: .press(.enter))] + Hint.common
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        choiceAction(for: key, count: choices(context).count, selected: selected)
    }

    /// The big buttons of the step shown.
    func choices(_ context: ScreenContext) -> [String] {
        let language = context.language
        if let question { return RatingUIText.answers(question).map { $0[language] } }
        switch earlier {
        case .unknown: return []
        case .none: return [RatingUIText.start[language]]
        case .rated:
            let today = LocalDay(context.now, in: context.app.timeZone)
            return Rating.mayReplace(record, today: today) ? [RatingUIText.rateAgain[language], RatingUIText.backHome[language]]
                : [RatingUIText.backHome[language]]
        }
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        let count = choices(context).count
        switch action {
        case .move(let delta):
            selected = moved(selected, by: delta, among: count)
            return .stay
        case .open(let choice):
            guard (0 ..< count).contains(choice) else { return .stay }
            return choose(choice, context)
        default:
            return nil
        }
    }

    private mutating func choose(_ choice: Int, _ context: ScreenContext) -> Transition {
        guard let question else {
            if case .rated = earlier, choices(context).count == 1 || choice == 1 { return Transition(navigation: .home) }
            step = 1
            selected = 0
            return .stay
        }
        answers[question] = 2 - choice  // the answers go from the best (2) down
        guard step == Self.questions.count else {
            step += 1
            selected = 0
            return .stay
        }
        let rating = finished(context)
        if rating.answers[.overall] == Satisfaction.displeased.rawValue {
            return .push(.ratingComplaints(RatingComplaintsScreen(then: .save(rating))))
        }
        return RatingComplaintsScreen.thanks(for: rating, context)
    }

    /// The rating as answered, with the derived indicators and where the case was handled.
    private func finished(_ context: ScreenContext) -> Rating {
        let catalog = context.app.catalog
        let facts = CaseRatingFacts(record, today: LocalDay(context.now, in: context.app.timeZone))
        let procedure = ProcedureCode(record.procedureCode).flatMap(catalog.procedure)
        return Rating(kind: .caseForm, receipt: record.receipt, procedureCode: record.procedureCode,
                      agency: record.handlingAgency, field: procedure?.field,
                      counter: catalog.agency(record.handlingAgency)?.counter?.vi, kiosk: context.app.kioskID,
                      answers: facts.answers.merging(answers) { $1 }, time: context.now)
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        guard case .caseRating(let receipt, let rating) = answer, receipt == record.receipt, earlier == .unknown else {
            return .stay
        }
        earlier = rating.map(Earlier.rated) ?? .none
        return .stay
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        let column = context.layout.readingColumn
        let compact = context.layout.compact
        var y = column.y + (compact ? 0 : 1)
        let text: String
        if let question {
            text = "\(step)/\(Self.questions.count) · " + RatingUIText.question(question)[language]
        } else {
            text = intro(context, spoken: false)
        }
        y += canvas.paragraph(text, in: Rect(x: column.x, y: y, width: column.width, height: compact ? 3 : 5),
                              role: question == nil ? .plain : .title)
        y += compact ? 0 : 1
        canvas.choices(choices(context), from: y, in: column, selected: selected, height: context.layout.controlHeight)
    }

    /// The case, what its data says for indicators 1 and 2, and the earlier rating if there is one. Said on a
    /// speaker in the hall, without the receipt number.
    private func intro(_ context: ScreenContext, spoken: Bool) -> String {
        let language = context.language
        let facts = CaseRatingFacts(record, today: LocalDay(context.now, in: context.app.timeZone))
        let receipt = spoken && !context.app.speechPrivate ? "" : CaseUIText.receiptLine(record.receipt, language) + " · "
        var lines = [receipt + record.status.name[language]]
        lines.append(RatingUIText.derived(facts.totalTime, language))
        switch earlier {
        case .unknown: lines.append(CaseUIText.message(.lookingUp, hotline: "", now: 0, language))
        case .none: break
        case .rated(let rating):
            let day = LocalDay(rating.time, in: context.app.timeZone).slashed
            let today = LocalDay(context.now, in: context.app.timeZone)
            lines.append(RatingUIText.alreadyRatedCase(day, replaceable: Rating.mayReplace(record, today: today), language))
        }
        return lines.joined(separator: "\n")
    }
}
