import ProcedureCatalog

/// The procedures of one field, agency or level, or the ones the center marks as most requested.
struct ListScreen: ListingScreen {
    enum Source: Equatable, Sendable {
        case group(ProcedureGroup)
        case featured
    }

    let source: Source
    var selected = 0

    init(_ source: Source) {
        self.source = source
    }

    var id: Screen {
        switch source {
        case .group(let group): .group(group)
        case .featured: .featured
        }
    }

    var wrapped: AnyScreen { .list(self) }

    func title(_ context: ScreenContext) -> String {
        let catalog = context.app.catalog
        let language = context.language
        return switch source {
        case .group(.field(let id)): catalog.field(id)?.name[language] ?? id
        case .group(.agency(let id)): catalog.agency(id)?.name[language] ?? id
        case .group(.level(let id)): catalog.level(id)?.name[language] ?? id
        case .featured: UIText.featured[language]
        }
    }

    func hints(_ context: ScreenContext) -> [Hint] { [.select, .open, .page] + Hint.common }

    func action(for key: Key, _ context: ScreenContext) -> Action? { listAction(for: key, context) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        listPerform(action, context)
    }

    func positions(_ app: KioskApp) -> [Int] {
        switch source {
        case .group(let group): app.procedures(of: group)
        case .featured: app.members.featured
        }
    }

    func items(_ context: ScreenContext) -> [ListItem] { procedureItems(positions(context.app), context) }
    func itemCount(_ context: ScreenContext) -> Int { positions(context.app).count }
    func listArea(_ context: ScreenContext) -> Rect { context.layout.body.dropping(top: 1) }

    func open(_ row: Int, _ context: ScreenContext) -> Transition {
        .push(.procedure(ProcedureScreen(position: positions(context.app)[row])))
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        drawList(&canvas, context)
    }

    /// A group the new catalog no longer has is left.
    func carried(from old: KioskApp, to new: KioskApp) -> ListScreen? {
        if case .group = source, positions(new).isEmpty { return nil }
        return self
    }
}
