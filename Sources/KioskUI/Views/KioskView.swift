import CaseTracking
import ProcedureCatalog

/// Renders one state into a frame, and answers the geometry questions `update` needs (what a page holds,
/// how far text scrolls), from the same layout, so keys and screen always agree.
struct KioskView {
    let app: KioskApp
    let state: KioskState
    let layout: ScreenLayout

    init(app: KioskApp, state: KioskState) {
        self.app = app
        self.state = state
        layout = ScreenLayout(state.size)
    }

    var language: Language { state.language }

    func render() -> Frame {
        var canvas = Canvas(state.size)
        if layout.tooSmall {
            drawTooSmall(&canvas)
            return canvas.frame
        }
        drawHeader(&canvas)
        drawNav(&canvas)
        switch state.screen {
        case .home: drawHome(&canvas)
        case .browse(let tab): drawBrowse(&canvas, tab: tab)
        case .group, .featured: drawList(&canvas, area: layout.body)
        case .search: drawSearch(&canvas)
        case .procedure: drawDocument(&canvas)
        case .caseEntry: drawCaseEntry(&canvas)
        case .caseFactor: drawCaseFactor(&canvas)
        case .caseResult: drawDocument(&canvas)
        case .staffPIN: drawStaffPIN(&canvas)
        }
        drawFooter(&canvas)
        if let caption = state.caption { drawCaption(&canvas, caption) }
        if let left = app.idleCountdown(state) { drawStillThere(&canvas, secondsLeft: max(0, left)) }
        return canvas.frame
    }

    // MARK: Lists

    /// The rows of the current list screen.
    func listItems() -> [ListItem] {
        switch state.screen {
        case .browse(let tab):
            return app.browseGroups(tab).map { group in
                ListItem(title: group.name[language], meta: groupFacts(group.group, count: group.count))
            }
        case .group, .featured, .search:
            // Matched words are found later, for the rows of the page shown only.
            return app.listedProcedures(state).map { position in
                let procedure = app.catalog.procedures[position]
                return ListItem(title: procedure.name[language], facts: { procedureFacts(procedure) })
            }
        default:
            return []
        }
    }

    var listItemCount: Int {
        switch state.screen {
        case .browse(let tab): app.browseGroups(tab).count
        default: app.listedProcedures(state).count
        }
    }

    /// The list area of the current screen, laid out into pages; nil on screens without a list.
    func listLayout() -> ListLayout? {
        listLayout(listItems())
    }

    private func listLayout(_ items: [ListItem]) -> ListLayout? {
        let area: Rect
        switch state.screen {
        case .browse: area = layout.body.dropping(top: layout.controlHeight + 1)
        case .search: area = layout.body.dropping(top: layout.controlHeight + 1)
        case .group, .featured: area = layout.body.dropping(top: 1)
        default: return nil
        }
        return ListLayout(items: items, area: area.inset(x: 1), compact: layout.compact)
    }

    /// "Cấp xã · 12 thủ tục", "Quầy 5, Tầng 1 · 6 thủ tục".
    private func groupFacts(_ group: ProcedureGroup, count: Int) -> String {
        var parts: [String] = []
        if case .agency(let id) = group, let agency = app.catalog.agency(id) {
            parts.append(app.catalog.level(agency.level)?.name[language] ?? agency.level)
            if let counter = agency.counter { parts.append(counter[language]) }
        }
        parts.append(UIText.procedureCount(count, language))
        return parts.joined(separator: " · ")
    }

    /// Time and fee at a glance: "3 ngày làm việc · Miễn phí · Cấp xã".
    private func procedureFacts(_ procedure: Procedure) -> String {
        var parts: [String] = []
        if let channel = procedure.primaryChannel {
            parts.append(Wording.time(channel.time, language))
            parts.append(Wording.feeSummary(channel.fees, language))
        }
        parts.append(procedure.levels.map { app.catalog.level($0)?.name[language] ?? $0 }.joined(separator: ", "))
        return parts.joined(separator: " · ")
    }

    func drawList(_ canvas: inout Canvas, area: Rect) {
        let items = listItems()
        guard let list = listLayout(items) else { return }
        if case .browse = state.screen {} else {
            canvas.grid.put(UIText.procedureCount(items.count, language), x: list.rows.x, y: list.rows.y - 1,
                            role: .muted)
        }
        if items.isEmpty {
            canvas.paragraph(UIText.emptyGroup[language], in: list.rows, role: .notice)
            return
        }
        canvas.list(items, list, selected: state.page.selected, language: language)
    }

    // MARK: Procedure text

    /// Whether the screen is a scrolling text (a procedure, a case).
    var isDocument: Bool {
        switch state.screen {
        case .procedure, .caseResult: true
        default: false
        }
    }

    var documentRect: Rect {
        let column = layout.readingColumn
        let scrollX = layout.body.maxX - ListLayout.scrollWidth
        return Rect(x: column.x, y: column.y, width: min(column.width, scrollX - column.x), height: column.height)
    }

    func document() -> TextDocument {
        switch state.screen {
        case .procedure(let position):
            return TextDocument(procedure: app.catalog.procedures[position], catalog: app.catalog,
                                language: language, width: documentRect.width)
        case .caseResult:
            guard let record = state.caseRecord else { return TextDocument(width: documentRect.width) }
            return TextDocument(case: record, app: app, language: language, today: LocalDay(state.now, in: app.timeZone),
                                width: documentRect.width)
        default:
            return TextDocument(width: documentRect.width)
        }
    }

    var maxScroll: Int {
        guard isDocument else { return 0 }
        return max(0, document().lines.count - documentRect.height)
    }
}
