import ProcedureCatalog

/// Browsing the catalog: tabs for field, agency and level above the list of the chosen one's groups.
struct BrowseScreen: ListingScreen {
    var tab: BrowseTab
    var selected = 0

    init(_ tab: BrowseTab) {
        self.tab = tab
    }

    var id: Screen { .browse(tab) }
    var wrapped: AnyScreen { .browse(self) }

    func title(_ context: ScreenContext) -> String { UIText.browseTitle[context.language] }

    func hints(_ context: ScreenContext) -> [Hint] {
        [.select, .open, Hint(.tab, label: UIText.switchTab, action: .press(.tab)), .page] + Hint.common
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        let tabs = BrowseTab.allCases
        switch key {
        case .tab, .right: return .browse(tabs[(tab.rawValue + 1) % tabs.count])
        case .backTab, .left: return .browse(tabs[(tab.rawValue + tabs.count - 1) % tabs.count])
        default: return listAction(for: key, context)
        }
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        if case .browse(let other) = action {
            // Another tab is this screen showing something else, not a step Back should undo.
            self = BrowseScreen(other)
            return .stay
        }
        return listPerform(action, context)
    }

    func groups(_ context: ScreenContext) -> [(group: ProcedureGroup, name: LocalizedText, count: Int)] {
        context.app.browseGroups(tab)
    }

    func items(_ context: ScreenContext) -> [ListItem] {
        groups(context).map { group in
            ListItem(title: group.name[context.language], meta: groupFacts(group.group, count: group.count, context))
        }
    }

    func itemCount(_ context: ScreenContext) -> Int { groups(context).count }

    func listArea(_ layout: ScreenLayout) -> Rect { layout.body.dropping(top: layout.controlHeight + 1) }

    func open(_ row: Int, _ context: ScreenContext) -> Transition {
        .push(.list(ListScreen(.group(groups(context)[row].group))))
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let layout = context.layout
        let body = layout.body.inset(x: 1)
        let h = layout.controlHeight
        let count = BrowseTab.allCases.count
        let width = (body.width - (count - 1)) / count
        for candidate in BrowseTab.allCases {
            let rect = Rect(x: body.x + candidate.rawValue * (width + 1), y: body.y, width: width, height: h)
            canvas.button(rect, UIText.tab(candidate)[context.language], role: candidate == tab ? .tabActive : .tab,
                          action: .browse(candidate))
        }
        drawList(&canvas, context, counted: false)
    }

    /// "Cấp xã · 12 thủ tục", "Quầy 5, Tầng 1 · 6 thủ tục".
    private func groupFacts(_ group: ProcedureGroup, count: Int, _ context: ScreenContext) -> String {
        let catalog = context.app.catalog
        let language = context.language
        var parts: [String] = []
        if case .agency(let id) = group, let agency = catalog.agency(id) {
            parts.append(catalog.level(agency.level)?.name[language] ?? agency.level)
            if let counter = agency.counter { parts.append(counter[language]) }
        }
        parts.append(UIText.procedureCount(count, language))
        return parts.joined(separator: " · ")
    }
}
