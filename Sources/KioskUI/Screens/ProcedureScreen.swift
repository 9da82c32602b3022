import ProcedureCatalog

/// One procedure's sheet: what it takes, step by step, time and fee per channel, where, on what legal basis.
struct ProcedureScreen: DocumentScreen {
    /// The procedure's position in the catalog.
    let position: Int
    var scroll = 0

    init(position: Int) {
        self.position = position
    }

    var id: Screen { .procedure(position) }
    var wrapped: AnyScreen { .procedure(self) }
    var wheelLines: Int { 3 }

    func title(_ context: ScreenContext) -> String { UIText.procedureTitle[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { Self.phoneHint(phoneLink(context)) + Self.documentHints }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        key == .function(5) ? .continueOnPhone : documentAction(for: key)
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        if action == .continueOnPhone {
            return openPhone(phoneLink(context), subject: context.app.catalog.procedures[position].name)
        }
        return documentPerform(action, context)
    }

    /// The procedure's online service or portal page, for a phone.
    func phoneLink(_ context: ScreenContext) -> PhoneLink? {
        PhoneLink.procedure(context.app.catalog.procedures[position])
    }

    func documentRect(_ context: ScreenContext) -> Rect { documentRect(beside: phoneLink(context), context) }

    func document(_ context: ScreenContext) -> TextDocument {
        TextDocument(procedure: context.app.catalog.procedures[position], catalog: context.app.catalog,
                     language: context.language, width: documentRect(context).width)
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        drawDocument(&canvas, context)
        drawPhonePanel(phoneLink(context), &canvas, context)
    }

    /// The same procedure, found by its code, in the new catalog.
    func carried(from old: KioskApp, to new: KioskApp) -> ProcedureScreen? {
        guard position < old.catalog.procedures.count else { return nil }
        let code = old.catalog.procedures[position].code
        guard let moved = new.catalog.procedures.firstIndex(where: { $0.code == code }) else { return nil }
        var screen = ProcedureScreen(position: moved)
        screen.scroll = scroll
        return screen
    }
}
