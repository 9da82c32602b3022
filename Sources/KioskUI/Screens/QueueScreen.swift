import ProcedureCatalog

/// "Lấy số thứ tự" from home: the center's queues, each with the agencies it receives and its counters; the one
/// chosen issues a number (`TicketScreen`).
struct QueueScreen: ListingScreen {
    var selected = 0

    var id: Screen { .queue }
    var wrapped: AnyScreen { .queue(self) }

    func title(_ context: ScreenContext) -> String { QueueUIText.takeNumber[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { [.select, .open, .page] + Hint.common }
    func action(for key: Key, _ context: ScreenContext) -> Action? { listAction(for: key, context) }
    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        listPerform(action, context)
    }

    func items(_ context: ScreenContext) -> [ListItem] {
        let language = context.language
        return context.app.queueLines.map { entry in
            let place = QueuePlace(queueOf: entry.agencies)
            return ListItem(title: "\(entry.line.prefix) · \(place.name[language])",
                            meta: place.whereCalled(entry.line.counters, language))
        }
    }

    func itemCount(_ context: ScreenContext) -> Int { context.app.queueLines.count }
    func listArea(_ context: ScreenContext) -> Rect { context.layout.body.dropping(top: 1) }

    func open(_ row: Int, _ context: ScreenContext) -> Transition {
        let lines = context.app.queueLines
        guard lines.indices.contains(row) else { return .stay }
        let entry = lines[row]
        return TicketScreen.take(entry.line, place: QueuePlace(queueOf: entry.agencies), procedure: nil)
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let items = items(context)
        let list = listLayout(items, context)
        canvas.grid.put(QueueUIText.chooseQueue[context.language], x: list.rows.x, y: list.rows.y - 1, role: .muted)
        canvas.list(items, list, selected: selected, language: context.language)
    }
}
