import CaseTracking
import ProcedureCatalog

/// After a Không hài lòng answer: what went wrong, ticked from a fixed list (no free text on a public kiosk),
/// then Continue.
struct RatingComplaintsScreen: KioskScreen {
    /// What Continue leads to.
    enum Next: Equatable, Sendable {
        /// A quick rating: the agency comes next.
        case chooseAgency(QuickRatingDraft)
        /// A case's rating: kept, with the complaints.
        case save(Rating)
    }

    let then: Next
    var complaints: [Complaint] = []
    var selected = 0

    init(then: Next) {
        self.then = then
    }

    /// Keeping a finished rating: thanks, with nothing of it left on the stack.
    static func thanks(for rating: Rating, _ context: ScreenContext) -> Transition {
        Transition(navigation: .stack([.ratingThanks(RatingThanksScreen(shownAt: context.now))]),
                   effects: [.saveRating(rating)])
    }

    var id: Screen { .ratingComplaints }
    var wrapped: AnyScreen { .ratingComplaints(self) }

    /// The complaints, then Continue.
    private var count: Int { Complaint.allCases.count + 1 }

    func title(_ context: ScreenContext) -> String { RatingUIText.quickTitle[context.language] }

    /// What to tick, and every choice; the focus says whether the selected one is ticked.
    func spoken(_ context: ScreenContext) -> String {
        let language = context.language
        return RatingUIText.complaintsPrompt[language] + " "
            + SpeechUIText.choices(Complaint.allCases.map { $0.name[language] } + [RatingUIText.continueLabel[language]], language)
    }

    func spokenFocus(_ context: ScreenContext) -> [String] {
        let language = context.language
        let labels = Complaint.allCases.map { complaint in
            complaint.name[language] + ", " + (complaints.contains(complaint) ? SpeechUIText.ticked : SpeechUIText.notTicked)[language]
        } + [RatingUIText.continueLabel[language]]
        return spokenChoice(labels, selected: selected, language)
    }

    func hints(_ context: ScreenContext) -> [Hint] {
        [.select, Hint(.enter, label: RatingUIText.toggle, action: .press(.enter))] + Hint.common
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        choiceAction(for: key, count: count, selected: selected)
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        switch action {
        case .move(let delta):
            selected = moved(selected, by: delta, among: count)
        case .open(let choice) where choice < Complaint.allCases.count:
            selected = choice
            let complaint = Complaint.allCases[choice]
            if let index = complaints.firstIndex(of: complaint) {
                complaints.remove(at: index)
            } else {
                complaints.append(complaint)
            }
        case .open(let choice) where choice == Complaint.allCases.count:
            switch then {
            case .chooseAgency(var draft):
                draft.complaints = complaints
                return .push(.ratingAgency(RatingAgencyScreen(draft: draft)))
            case .save(var rating):
                rating.complaints = complaints
                return Self.thanks(for: rating, context)
            }
        default:
            return nil
        }
        return .stay
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        let column = context.layout.readingColumn
        let compact = context.layout.compact
        var y = column.y
        if !compact { y += canvas.paragraph(RatingUIText.complaintsPrompt[language], in: column.rows(0, 1), role: .muted) }
        let labels = Complaint.allCases.map { (complaints.contains($0) ? "[x] " : "[ ] ") + $0.name[language] }
            + [RatingUIText.continueLabel[language] + " →"]
        // Two columns of ticks from 80x24 up, so that every choice stays 3 rows high.
        let height = context.layout.controlHeight
        let half = (column.width - 2) / 2
        for (index, label) in labels.enumerated() {
            let rect = compact
                ? Rect(x: column.x, y: y + index, width: column.width, height: 1)
                : Rect(x: column.x + (index % 2) * (half + 2), y: y + (index / 2) * height, width: half, height: height)
            canvas.button(rect, "\(index + 1) \(label)", role: index == selected ? .selected : .button,
                          action: .open(index))
        }
    }
}
