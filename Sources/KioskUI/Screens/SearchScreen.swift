import ProcedureCatalog

/// Finding a procedure by typing: the query box with the result count, then the results, or help when nothing
/// matched. Before the first keystroke the most requested procedures are there to touch.
struct SearchScreen: ListingScreen {
    /// What the citizen typed, and its results, best first (computed on each keystroke).
    var query = ""
    var results: [SearchHit] = []
    /// Positions among the query's words of those the results were found without (everyday words, words no
    /// procedure holds with the others): dimmed, and named above the results.
    var ignored: [Int] = []
    var selected = 0

    /// A query is cut here: nobody types more, and a paste must not grow without end.
    static let queryLimit = 80

    var id: Screen { .search }
    var wrapped: AnyScreen { .search(self) }

    func title(_ context: ScreenContext) -> String { UIText.searchTitle[context.language] }

    func hints(_ context: ScreenContext) -> [Hint] {
        [.select, .open, Hint(.backspace, label: UIText.erase, action: .erase)] + Hint.common
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        switch key {
        case .character(let c): .type(c)
        case .backspace: query.isEmpty ? .back : .erase
        case .delete, .control("u"): .clearQuery
        case .tab: .move(1)
        default: listAction(for: key, context, digits: false)
        }
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        switch action {
        case .type(let character):
            guard query.count < Self.queryLimit else { return .stay }
            query.append(character)
        case .erase:
            if !query.isEmpty { query.removeLast() }
        case .clearQuery:
            query = ""
        case .show(.search):
            return .stay
        default:
            return listPerform(action, context)
        }
        search(context.app.index)
        return .stay
    }

    private mutating func search(_ index: SearchIndex) {
        let found = index.find(query, limit: KioskApp.resultLimit)
        (results, ignored) = (found.hits, found.ignoredWords)
        selected = 0
    }

    /// The procedures listed: the results, or the most requested before anything is typed.
    func positions(_ app: KioskApp) -> [Int] {
        query.isEmpty ? app.members.featured : results.map(\.procedure)
    }

    func items(_ context: ScreenContext) -> [ListItem] { procedureItems(positions(context.app), context) }

    /// Nothing before the focus: what was found changes with each key typed.
    func spoken(_ context: ScreenContext) -> String { "" }

    /// What was found for what was typed (or, before anything is, the most requested), and the selection.
    func spokenFocus(_ context: ScreenContext) -> [String] {
        let count = itemCount(context)
        let found = query.isEmpty ? SpeechUIText.typeToSearch(count, context.language)
            : SpeechUIText.found(count, query: query, context.language)
        return [found] + (spokenSelection(context).map { [$0] } ?? [])
    }
    func itemCount(_ context: ScreenContext) -> Int { positions(context.app).count }
    func listArea(_ context: ScreenContext) -> Rect { context.layout.body.dropping(top: context.layout.controlHeight + 1) }

    func open(_ row: Int, _ context: ScreenContext) -> Transition {
        .push(.procedure(ProcedureScreen(position: positions(context.app)[row])))
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let layout = context.layout
        let language = context.language
        let body = layout.body.inset(x: 1)
        let h = layout.controlHeight
        let empty = query.isEmpty
        let count = empty ? ""
            : UIText.resultCount(results.count, limited: results.count >= KioskApp.resultLimit, language)
        let words = TextWords.ranges(in: query)
        let ignoredRanges = ignored.filter { $0 < words.count }.map { words[$0] }
        canvas.inputBox(body.rows(0, h), text: empty ? UIText.searchHint[language] : query,
                        textRole: empty ? .muted : .input, action: nil, caret: true, trailing: count,
                        dimmed: results.isEmpty ? [] : ignoredRanges)
        let below = body.dropping(top: h + 1)
        if !empty && results.isEmpty {
            drawNoResults(&canvas, below.inset(x: 1), context)
            return
        }
        let items = items(context)
        let list = listLayout(items, context)
        if empty { canvas.grid.put(UIText.featured[language], x: list.rows.x, y: list.rows.y - 1, role: .muted) }
        if !ignoredRanges.isEmpty {
            drawResultsFor(&canvas, kept: words.indices.filter { !ignored.contains($0) }.map { String(query[words[$0]]) },
                           ignored: ignoredRanges.map { String(query[$0]) }, x: list.rows.x, y: list.rows.y - 1,
                           width: list.rows.width, language)
        }
        let highlighter = empty ? nil : context.app.index.highlighter(for: query)
        canvas.list(items, list, selected: selected, language: language, numbered: false,
                    highlights: { highlighter?.ranges(in: $0.title) ?? [] })
    }

    /// "Kết quả cho: hộ chiếu · bỏ qua: làm": the words the results are for, then those left out, dimmed.
    private func drawResultsFor(_ canvas: inout Canvas, kept: [String], ignored: [String], x: Int, y: Int, width: Int,
                                _ language: Language) {
        var parts: [(String, Role)] = []
        if !kept.isEmpty { parts += [(UIText.resultsFor[language] + " ", .muted), (kept.joined(separator: " "), .plain)] }
        parts += [((kept.isEmpty ? "" : " · ") + UIText.ignoredWords[language] + " ", .muted),
                  (ignored.joined(separator: ", "), .muted)]
        var column = x
        for (text, role) in parts where column < x + width {
            column += canvas.grid.put(text, x: column, y: y, role: role, limit: x + width - column)
        }
    }

    private func drawNoResults(_ canvas: inout Canvas, _ area: Rect, _ context: ScreenContext) {
        let language = context.language
        var y = area.y
        y += canvas.paragraph(UIText.noResults(query, language), in: area.rows(0, 2), role: .notice)
        y += canvas.paragraph(UIText.noResultTips[language], in: Rect(x: area.x, y: y, width: area.width,
                                                                      height: area.maxY - y), role: .plain)
        let label = UIText.browseByField[language]
        let width = min(area.width, DisplayWidth.of(label) + 6)
        canvas.button(Rect(x: area.x + 2, y: y + (context.layout.compact ? 0 : 1), width: width,
                           height: context.layout.controlHeight),
                      label, role: .button, action: .show(.browse(.field)))
    }

    /// The same query, searched again in the new catalog.
    func carried(from old: KioskApp, to new: KioskApp) -> SearchScreen? {
        var screen = self
        if !query.isEmpty {
            screen.search(new.index)
            screen.selected = selected
        }
        return screen
    }
}
