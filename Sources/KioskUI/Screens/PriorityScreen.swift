import ProcedureCatalog

/// Before a walk-in number: "do you belong to a group served first?" — a regular number first in the list (the
/// answer most give, one tap), then the catalog's priority groups. Self-declared; the officer checks at the
/// counter, and the ticket says so.
struct PriorityScreen: ListingScreen {
    let line: QueueLine
    let place: QueuePlace
    let procedure: Int?
    var selected = 0

    var id: Screen { .priority }
    var wrapped: AnyScreen { .priority(self) }

    /// The question where the catalog has priority groups; else the number at once.
    static func ask(_ line: QueueLine, place: QueuePlace, procedure: Int?, _ context: ScreenContext) -> Transition {
        guard !context.app.catalog.priorityGroups.isEmpty else {
            return TicketScreen.take(line, place: place, procedure: procedure, priority: nil, context)
        }
        return .push(.priority(PriorityScreen(line: line, place: place, procedure: procedure)))
    }

    func title(_ context: ScreenContext) -> String { QueueUIText.priorityTitle[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { [.select, .open, .page] + Hint.common }
    func action(for key: Key, _ context: ScreenContext) -> Action? { listAction(for: key, context) }
    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? { listPerform(action, context) }

    func spoken(_ context: ScreenContext) -> String {
        KioskApp.joined([QueueUIText.priorityQuestion[context.language], SpeechUIText.count(itemCount(context), context.language)])
    }

    func items(_ context: ScreenContext) -> [ListItem] {
        let language = context.language
        return [ListItem(title: QueueUIText.noPriority[language], meta: "")]
            + context.app.catalog.priorityGroups.map { ListItem(title: $0.name[language], meta: "") }
    }

    func itemCount(_ context: ScreenContext) -> Int { context.app.catalog.priorityGroups.count + 1 }
    func listArea(_ context: ScreenContext) -> Rect { context.layout.body.dropping(top: context.layout.compact ? 1 : 3) }

    func open(_ row: Int, _ context: ScreenContext) -> Transition {
        let groups = context.app.catalog.priorityGroups
        guard row >= 0, row <= groups.count else { return .stay }
        let priority = row == 0 ? nil : groups[row - 1].id
        return TicketScreen.take(line, place: place, procedure: procedure, priority: priority, context)
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let items = items(context)
        let list = listLayout(items, context)
        let question = Rect(x: list.rows.x, y: context.layout.body.y, width: list.rows.width, height: list.rows.y - context.layout.body.y)
        canvas.paragraph(QueueUIText.priorityQuestion[context.language], in: question, role: .title)
        canvas.list(items, list, selected: selected, language: context.language)
    }

    /// After a catalog reload the question is asked again from its top (the groups may have changed), for the
    /// same procedure where it is still there.
    func carried(from old: KioskApp, to new: KioskApp) -> PriorityScreen? {
        guard let procedure else { return PriorityScreen(line: line, place: place, procedure: nil) }
        guard procedure < old.catalog.procedures.count else { return nil }
        let code = old.catalog.procedures[procedure].code
        guard let moved = new.catalog.procedures.firstIndex(where: { $0.code == code }) else { return nil }
        return PriorityScreen(line: line, place: place, procedure: moved)
    }
}
