import ProcedureCatalog

/// Taking a new catalog without disturbing the citizen at the screen: the same screens stay, procedures are
/// followed by their code, and anything that no longer exists is left by going back to the screen before it.
extension KioskApp {
    public func replacingCatalog(_ catalog: Catalog, index: SearchIndex) -> KioskApp {
        var app = self
        app.catalogStorage = catalog
        app.indexStorage = index
        app.members = GroupMembers(catalog)
        app.queueLines = catalog.queueLines
        return app
    }

    /// `state`, made by `old`, as this app shows it: each screen carried over by itself, up to the first
    /// that shows something gone.
    public func carryOver(_ state: KioskState, from old: KioskApp) -> KioskState {
        var state = state
        var kept: [AnyScreen] = []
        for screen in state.stack.dropFirst() {
            guard let moved = screen.feature.carried(from: old, to: self) else { break }
            kept.append(moved.wrapped)
        }
        state.apply(.stack(kept))
        return state
    }
}
