import ProcedureCatalog

/// A screen that is a list of rows (browse, a group, the most requested, search results): the moving, paging
/// and opening every list shares. The list is cut into pages that fit (`ListLayout`); the page shown is the one
/// holding the selected row.
protocol ListingScreen: KioskScreen {
    var selected: Int { get set }
    /// The rows, in order.
    func items(_ context: ScreenContext) -> [ListItem]
    /// How many rows (without making them).
    func itemCount(_ context: ScreenContext) -> Int
    /// Where the rows go, below what the screen shows above them.
    func listArea(_ context: ScreenContext) -> Rect
    /// What opening row `row` does.
    func open(_ row: Int, _ context: ScreenContext) -> Transition
}

extension ListingScreen {
    /// A list says how many rows it has; its focus is the row selected.
    func spoken(_ context: ScreenContext) -> String { SpeechUIText.count(itemCount(context), context.language) }

    func spokenFocus(_ context: ScreenContext) -> [String] { spokenSelection(context).map { [$0] } ?? [] }

    func spokenSelection(_ context: ScreenContext) -> String? {
        let items = items(context)
        guard items.indices.contains(selected) else { return nil }
        return SpeechUIText.selected(items[selected].title, row: selected + 1, of: items.count, context.language)
    }

    func listLayout(_ items: [ListItem], _ context: ScreenContext) -> ListLayout {
        ListLayout(items: items, area: listArea(context).inset(x: 1), compact: context.layout.compact)
    }

    /// Keys of every list: arrows, pages, Enter, and digits for the numbered rows of the page shown.
    func listAction(for key: Key, _ context: ScreenContext, digits: Bool = true) -> Action? {
        switch key {
        case .backspace: return .back
        case .up: return .move(-1)
        case .down: return .move(1)
        case .pageUp: return .page(-1)
        case .pageDown, .character(" "): return .page(1)
        case .enter: return .open(selected)
        case .character(let c) where digits:
            guard let digit = c.wholeNumberValue, (1 ... 9).contains(digit), c.isASCII else { return nil }
            let list = listLayout(items(context), context)
            guard !list.pages.isEmpty else { return nil }
            let page = list.pages[list.pageIndex(of: selected)]
            let row = page.lowerBound + digit - 1
            return page.contains(row) ? .open(row) : nil
        default: return nil
        }
    }

    /// Moving, paging and opening; nil for any other action.
    mutating func listPerform(_ action: Action, _ context: ScreenContext) -> Transition? {
        switch action {
        case .move(let delta):
            selected = moved(selected, by: delta, among: itemCount(context))
        case .page(let delta):
            let list = listLayout(items(context), context)
            guard !list.pages.isEmpty else { return .stay }
            let current = list.pageIndex(of: selected)
            let target = min(max(0, current + delta), list.pages.count - 1)
            selected = target == current && delta > 0 ? list.pages[target].upperBound - 1 : list.pages[target].lowerBound
        case .open(let row):
            guard (0 ..< itemCount(context)).contains(row) else { return .stay }
            selected = row
            return open(row, context)
        default:
            return nil
        }
        return .stay
    }

    /// The rows with the count above them (or a note when there are none).
    func drawList(_ canvas: inout Canvas, _ context: ScreenContext, counted: Bool = true) {
        let items = items(context)
        let list = listLayout(items, context)
        if counted {
            canvas.grid.put(UIText.procedureCount(items.count, context.language), x: list.rows.x, y: list.rows.y - 1,
                            role: .muted)
        }
        if items.isEmpty {
            canvas.paragraph(UIText.emptyGroup[context.language], in: list.rows, role: .notice)
            return
        }
        canvas.list(items, list, selected: selected, language: context.language)
    }
}

/// Lists of procedures: their rows, and opening one.
extension ListingScreen {
    func procedureItems(_ positions: [Int], _ context: ScreenContext) -> [ListItem] {
        // Matched words and facts are found later, for the rows of the page shown only; each row keeps just its
        // position (a search lists up to 500, on every frame).
        let procedures = context.app.catalog.procedures
        let facts = { (position: Int) in procedureFacts(procedures[position], context) }
        return positions.map { position in
            ListItem(title: procedures[position].name[context.language], facts: { facts(position) })
        }
    }

    /// Time and fee at a glance: "3 ngày làm việc · Miễn phí · Cấp xã"; for an entry of the national list,
    /// that its details are on the portal; in English, that it is in Vietnamese.
    private func procedureFacts(_ procedure: Procedure, _ context: ScreenContext) -> String {
        let language = context.language
        var parts: [String] = []
        if language == .en && procedure.listing.englishMissing { parts.append(UIText.inVietnamese[language]) }
        if procedure.isInformationOnly {
            parts.append(UIText.detailsOnPortal[language])
        } else if let channel = procedure.primaryChannel {
            parts.append(Wording.time(channel.time, language))
            parts.append(Wording.feeSummary(channel.fees, language))
        }
        parts.append(procedure.levels.map { context.app.catalog.level($0)?.name[language] ?? $0 }.joined(separator: ", "))
        return parts.joined(separator: " · ")
    }
}
