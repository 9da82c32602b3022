import ProcedureCatalog

extension KioskApp {
    /// The choices of the home screen, in the order the keyboard moves through them.
    static let homeChoices: [Action] = [
        .startSearch, .browse(.field), .checkCase, .browse(.agency), .featured, .browse(.level),
    ]

    func perform(_ action: Action, _ state: inout KioskState) -> [Effect] {
        switch action {
        case .back:
            if state.screen == .search { clearSearch(&state) }
            state.pop()
        case .home:
            state.goHome()
            clearSearch(&state)
        case .toggleLanguage:
            state.language = state.language == .vi ? .en : .vi
        case .browse(let tab):
            if case .browse = state.screen { state.replace(.browse(tab)) } else { state.push(.browse(tab)) }
        case .featured:
            state.push(.featured)
        case .startSearch:
            if state.screen != .search {
                clearSearch(&state)
                state.push(.search)
            }
        case .type(let character):
            if state.screen != .search { return perform(.startSearch, &state) + perform(action, &state) }
            guard state.query.count < 80 else { return [] }
            state.query.append(character)
            runSearch(&state)
        case .erase:
            if !state.query.isEmpty { state.query.removeLast() }
            runSearch(&state)
        case .clearQuery:
            state.query = ""
            runSearch(&state)
        case .open(let row):
            return open(row, &state)
        case .move(let delta):
            move(by: delta, &state)
        case .page(let delta):
            turnPage(delta, &state)
        case .section(let delta):
            jumpSection(delta, &state)
        case .press(let key):
            if let keyed = self.action(for: key, state) { return perform(keyed, &state) }
        case .stillHere:
            break
        case .checkCase:
            if state.screen != .caseEntry { state.replaceStack([.caseEntry]) }
        case .keypad(let character):
            caseKeypad(character, &state)
        case .keypadErase:
            caseErase(&state)
        case .keypadOK:
            return caseOK(&state)
        }
        return []
    }

    private func runSearch(_ state: inout KioskState) {
        state.results = index.search(state.query, limit: Self.resultLimit)
        state.page.selected = 0
    }

    private func clearSearch(_ state: inout KioskState) {
        state.query = ""
        state.results = []
    }

    /// Opens row `row` of the screen's list; on home, presses choice `row` (or the selected one for -1).
    private func open(_ row: Int, _ state: inout KioskState) -> [Effect] {
        switch state.screen {
        case .home:
            let choice = row < 0 ? state.page.selected : row
            guard Self.homeChoices.indices.contains(choice) else { return [] }
            state.page.selected = choice
            return perform(Self.homeChoices[choice], &state)
        case .browse(let tab):
            let groups = browseGroups(tab)
            guard groups.indices.contains(row) else { return [] }
            state.page.selected = row
            state.push(.group(groups[row].group))
        case .group, .featured, .search:
            let procedures = listedProcedures(state)
            guard procedures.indices.contains(row) else { return [] }
            state.page.selected = row
            state.push(.procedure(procedures[row]))
        case .procedure, .caseEntry, .caseFactor, .caseResult, .staffPIN:
            break
        }
        return []
    }

    private func move(by delta: Int, _ state: inout KioskState) {
        switch state.screen {
        case .home:
            state.page.selected = min(max(0, state.page.selected + delta), Self.homeChoices.count - 1)
        case .procedure, .caseResult:
            scroll(to: state.page.scroll + delta, &state)
        case .caseEntry, .caseFactor, .staffPIN:
            break
        default:
            let count = KioskView(app: self, state: state).listItemCount
            state.page.selected = min(max(0, state.page.selected + delta), max(0, count - 1))
        }
    }

    private func turnPage(_ delta: Int, _ state: inout KioskState) {
        let view = KioskView(app: self, state: state)
        if view.isDocument {
            let height = view.documentRect.height
            scroll(to: state.page.scroll + delta * max(1, height - 1), &state)
            return
        }
        guard let list = view.listLayout(), !list.pages.isEmpty else { return }
        let current = list.pageIndex(of: state.page.selected)
        let target = min(max(0, current + delta), list.pages.count - 1)
        state.page.selected = target == current && delta > 0
            ? list.pages[target].upperBound - 1 : list.pages[target].lowerBound
    }

    private func jumpSection(_ delta: Int, _ state: inout KioskState) {
        let view = KioskView(app: self, state: state)
        guard view.isDocument else { return }
        let starts = view.document().sectionStarts
        let current = state.page.scroll
        let target = delta > 0 ? starts.first { $0 > current } : starts.last { $0 < current }
        scroll(to: target ?? (delta > 0 ? Int.max : 0), &state)
    }

    private func scroll(to line: Int, _ state: inout KioskState) {
        let limit = KioskView(app: self, state: state).maxScroll
        state.page.scroll = min(max(0, line), limit)
    }

    /// The groups a browse tab lists: those with at least one procedure.
    func browseGroups(_ tab: BrowseTab) -> [(group: ProcedureGroup, name: LocalizedText, count: Int)] {
        switch tab {
        case .field:
            catalog.fields.compactMap { field in
                members.fields[field.id].map { (.field(field.id), field.name, $0.count) }
            }
        case .agency:
            catalog.agencies.compactMap { agency in
                members.agencies[agency.id].map { (.agency(agency.id), agency.name, $0.count) }
            }
        case .level:
            catalog.levels.compactMap { level in
                members.levels[level.id].map { (.level(level.id), level.name, $0.count) }
            }
        }
    }

    /// The procedures (catalog positions) the current list screen shows.
    func listedProcedures(_ state: KioskState) -> [Int] {
        switch state.screen {
        case .group(let group): procedures(of: group)
        case .featured: members.featured
        case .search: state.query.isEmpty ? members.featured : state.results.map(\.procedure)
        default: []
        }
    }
}
