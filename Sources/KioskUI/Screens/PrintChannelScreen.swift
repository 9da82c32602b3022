import ProcedureCatalog

/// "In danh sách giấy tờ" for a procedure with more than one way of submitting: the citizen chooses the way
/// (in person, online, by post), and the checklist prints that channel's time and fee. The print's outcome shows
/// under the choices; Back returns to the procedure.
struct PrintChannelScreen: ListingScreen {
    /// The procedure's catalog position.
    let position: Int
    var selected = 0
    var printing: PrintProgress?

    var id: Screen { .printChannel }
    var wrapped: AnyScreen { .printChannel(self) }

    /// The checklist at once for a procedure with one channel (or none: an information-only entry), else this
    /// screen to choose one.
    static func open(_ position: Int, _ context: ScreenContext) -> (Transition, printing: Bool) {
        let procedure = context.app.catalog.procedures[position]
        guard procedure.channels.count > 1 else {
            return (.effects([print(position, channel: procedure.channels.first?.kind, context)]), true)
        }
        return (.push(.printChannel(PrintChannelScreen(position: position))), false)
    }

    static func print(_ position: Int, channel: Channel.Kind?, _ context: ScreenContext) -> Effect {
        let app = context.app
        return .print(ChecklistPrintout.make(app.catalog.procedures[position], catalog: app.catalog, center: app.center,
                                             channel: channel, language: context.language, at: context.now,
                                             timeZone: app.timeZone))
    }

    func title(_ context: ScreenContext) -> String { QueueUIText.printChecklist[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { [.select, .open] + Hint.common }
    func action(for key: Key, _ context: ScreenContext) -> Action? { listAction(for: key, context) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        if case .open(let row) = action {
            guard printing?.underWay != true else { return .stay }
            selected = row
            let transition = open(row, context)
            if !transition.effects.isEmpty { printing = .printing(.checklist) }
            return transition
        }
        return listPerform(action, context)
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        printing = printing?.after(answer)
        return .stay
    }

    private func channels(_ context: ScreenContext) -> [Channel] { context.app.catalog.procedures[position].channels }

    func items(_ context: ScreenContext) -> [ListItem] {
        let language = context.language
        return channels(context).map { channel in
            ListItem(title: Wording.channel(channel.kind, language),
                     meta: Wording.time(channel.time, language) + " · " + Wording.feeSummary(channel.fees, language))
        }
    }

    func itemCount(_ context: ScreenContext) -> Int { channels(context).count }

    /// Under the question, above the print's outcome (two rows kept for it).
    func listArea(_ context: ScreenContext) -> Rect {
        let body = context.layout.body.dropping(top: 1)
        return Rect(x: body.x, y: body.y, width: body.width, height: max(1, body.height - 3))
    }

    func open(_ row: Int, _ context: ScreenContext) -> Transition {
        let channels = channels(context)
        guard channels.indices.contains(row) else { return .stay }
        return .effects([Self.print(position, channel: channels[row].kind, context)])
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let items = items(context)
        let list = listLayout(items, context)
        let language = context.language
        canvas.grid.put(QueueUIText.chooseChannel[language], x: list.rows.x, y: list.rows.y - 1, role: .muted)
        canvas.list(items, list, selected: selected, language: language)
        if let printing {
            canvas.paragraph(printing.message[language], in: Rect(x: list.rows.x, y: list.rows.maxY + 1,
                                                                  width: list.rows.width, height: 2),
                             role: printing.role)
        }
    }

    func carried(from old: KioskApp, to new: KioskApp) -> PrintChannelScreen? {
        guard position < old.catalog.procedures.count else { return nil }
        let code = old.catalog.procedures[position].code
        guard let moved = new.catalog.procedures.firstIndex(where: { $0.code == code }),
              new.catalog.procedures[moved].channels.count > 1 else { return nil }
        return PrintChannelScreen(position: moved)
    }
}
