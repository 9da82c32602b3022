import ProcedureCatalog

/// Taking a new catalog without disturbing the citizen at the screen: the same screens stay, procedures are
/// followed by their code, and anything that no longer exists is left by going back to the screen before it.
extension KioskApp {
    public func replacingCatalog(_ catalog: Catalog, index: SearchIndex) -> KioskApp {
        var app = self
        app.catalogStorage = catalog
        app.indexStorage = index
        app.members = GroupMembers(catalog)
        return app
    }

    /// `state`, made by `old`, as this app shows it.
    public func carryOver(_ state: KioskState, from old: KioskApp) -> KioskState {
        var state = state
        var kept: [Screen] = []
        for page in state.pages.dropFirst() {
            guard let screen = carryOver(page.screen, from: old) else { break }
            kept.append(screen)
        }
        let pages = state.pages
        state.replaceStack(kept)
        for index in state.pages.indices.dropFirst() {
            state.setPage(index, selected: pages[index].selected, scroll: pages[index].scroll)
        }
        if !state.query.isEmpty { state.results = index.search(state.query, limit: Self.resultLimit) }
        return state
    }

    private func carryOver(_ screen: Screen, from old: KioskApp) -> Screen? {
        switch screen {
        case .procedure(let position):
            guard position < old.catalog.procedures.count else { return nil }
            let code = old.catalog.procedures[position].code
            return catalog.procedures.firstIndex { $0.code == code }.map(Screen.procedure)
        case .group(let group):
            return procedures(of: group).isEmpty ? nil : screen
        default:
            return screen
        }
    }
}
