import ProcedureCatalog

/// Browsing the catalog: tabs for field, agency and level above the list of the chosen one's groups. A long
/// list (the fields of a national catalog) comes in alphabetical order with a row of letter buttons under the
/// tabs, and typing a name's first letters moves to it.
struct BrowseScreen: ListingScreen {
    var tab: BrowseTab
    var selected = 0
    /// The letters typed so far for the type-ahead; any other key starts it over.
    var typed = ""

    /// Lists longer than this get the letter index (a few pages at 80x24).
    static let indexFrom = 20

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
        case .tab, .right: return .show(.browse(tabs[(tab.rawValue + 1) % tabs.count]))
        case .backTab, .left: return .show(.browse(tabs[(tab.rawValue + tabs.count - 1) % tabs.count]))
        case .character(let c) where c.isLetter && hasIndex(context): return .jump(typed + String(c))
        default: return listAction(for: key, context)
        }
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        switch action {
        case .show(.browse(let other)):
            // Another tab is this screen showing something else, not a step Back should undo.
            self = BrowseScreen(other)
            return .stay
        case .jump(let text):
            jump(to: text, context)
            return .stay
        default:
            typed = ""
            return listPerform(action, context)
        }
    }

    /// To the first row beginning with `text`; when none does, to the first beginning with its last letter (a
    /// new word typed), else nowhere.
    private mutating func jump(to text: String, _ context: ScreenContext) {
        let names = groups(context).map { $0.name[context.language] }
        // One letter is an initial (Đ is not D); more are the start of a name.
        let initial = text.count == 1 ? LetterIndex.initial(of: text) : nil
        if let initial, let row = names.firstIndex(where: { LetterIndex.initial(of: $0) == initial }) {
            (selected, typed) = (row, text)
        } else if let row = LetterIndex.firstRow(startingWith: text, in: names) {
            (selected, typed) = (row, text)
        } else if text.count > 1, let last = text.last,
                  let row = LetterIndex.firstRow(startingWith: String(last), in: names) {
            (selected, typed) = (row, String(last))
        }
    }

    private func hasIndex(_ context: ScreenContext) -> Bool {
        tab == .field && itemCount(context) > Self.indexFrom
    }

    /// The letter buttons for the width given, or none for a short list.
    private func letterIndex(_ context: ScreenContext, width: Int) -> LetterIndex? {
        guard hasIndex(context) else { return nil }
        let names = groups(context).map { $0.name[context.language] }
        let index = LetterIndex(names: names, width: width, padding: context.layout.compact ? 2 : 4)
        return index.entries.isEmpty ? nil : index
    }

    func groups(_ context: ScreenContext) -> [(group: ProcedureGroup, name: LocalizedText, count: Int)] {
        context.app.browseGroups(tab, language: context.language)
    }

    func items(_ context: ScreenContext) -> [ListItem] {
        groups(context).map { group in
            ListItem(title: group.name[context.language], meta: groupFacts(group.group, count: group.count, context))
        }
    }

    func itemCount(_ context: ScreenContext) -> Int { groups(context).count }

    func listArea(_ context: ScreenContext) -> Rect { context.layout.body.dropping(top: listTop(context)) }

    /// Below the tabs and, for a long list, its letter buttons.
    private func listTop(_ context: ScreenContext) -> Int {
        let h = context.layout.controlHeight
        return letterIndex(context, width: context.layout.body.inset(x: 1).width) == nil ? h + 1 : 2 * h + 1
    }

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
                          action: .show(.browse(candidate)))
        }
        if let index = letterIndex(context, width: body.width) {
            drawIndex(index, &canvas, in: body.rows(h, h), context)
        }
        drawList(&canvas, context, counted: false)
    }

    /// One button a letter (or a run of letters), the selected row's letter lit.
    private func drawIndex(_ index: LetterIndex, _ canvas: inout Canvas, in row: Rect, _ context: ScreenContext) {
        let names = groups(context).map { $0.name[context.language] }
        let current = names.indices.contains(selected) ? LetterIndex.initial(of: names[selected]) : ""
        let padding = context.layout.compact ? 2 : 4
        var x = row.x
        for entry in index.entries {
            let width = DisplayWidth.of(entry.label) + padding
            let role: Role = entry.letters.contains(current) ? .tabActive : .tab
            canvas.button(Rect(x: x, y: row.y, width: width, height: row.height), entry.label, role: role,
                          action: .jump(entry.letters[0]))
            x += width
        }
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
