import ProcedureCatalog

/// "Lấy số thứ tự" from home: the center's queues, each with the agencies it receives and its counters; the one
/// chosen asks about priority (`PriorityScreen`) and issues a number (`TicketScreen`); a booking's code is
/// checked in on `BookingScreen`.
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

    /// "I have a booking" first where the hall takes bookings (one tap for those who planned ahead), then the lines.
    func items(_ context: ScreenContext) -> [ListItem] {
        let language = context.language
        let lines = context.app.queueLines.map { entry in
            let place = QueuePlace(queueOf: entry.agencies)
            return ListItem(title: "\(entry.line.prefix) · \(place.name[language])",
                            meta: place.whereCalled(entry.line.counters, language))
        }
        let booking = ListItem(title: QueueUIText.haveBooking[language], meta: QueueUIText.haveBookingMeta[language])
        return (context.app.queueBookings ? [booking] : []) + lines
    }

    func itemCount(_ context: ScreenContext) -> Int { context.app.queueLines.count + (context.app.queueBookings ? 1 : 0) }
    func listArea(_ context: ScreenContext) -> Rect { context.layout.body.dropping(top: 1) }

    func open(_ row: Int, _ context: ScreenContext) -> Transition {
        let lines = context.app.queueLines
        let first = context.app.queueBookings ? 1 : 0
        if row == 0, first == 1 { return .push(.booking(BookingScreen())) }
        guard lines.indices.contains(row - first) else { return .stay }
        let entry = lines[row - first]
        return PriorityScreen.ask(entry.line, place: QueuePlace(queueOf: entry.agencies), procedure: nil, context)
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let items = items(context)
        let list = listLayout(items, context)
        canvas.grid.put(QueueUIText.chooseQueue[context.language], x: list.rows.x, y: list.rows.y - 1, role: .muted)
        canvas.list(items, list, selected: selected, language: context.language)
    }
}
