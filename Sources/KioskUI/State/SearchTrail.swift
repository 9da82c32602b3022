import CaseTracking

/// The searches of this visit, as far as the search log needs them: the last one logged (what the next one
/// was typed after) and the text it was logged for (so coming back to the same results and leaving, or opening a
/// second result, logs nothing more). Gone with the idle reset, as everything of a visit.
struct SearchTrail: Equatable, Sendable {
    /// The last search logged in this visit, as kept (`SearchPrivacy`).
    var previous: String?
    /// The text typed when it was logged.
    var loggedText: String?
}

/// A search ended: what the search log keeps of it (the runner adds the kiosk, the hour and an id).
public struct SearchEnded: Equatable, Sendable {
    /// As kept: folded, nothing that could be a personal number.
    public let query: String
    public let results: Int
    /// The procedure opened from the results (its code) and its place in the list, from 1.
    public let opened: String?
    public let rank: Int?
    /// The search before it in this visit.
    public let previous: String?
}

extension KioskApp {
    /// A search ends when the citizen opens one of its results, empties the box, or leaves it (back, home, the
    /// idle reset): then what was typed is logged once. A guided tour's searches are nobody's and are not.
    func searchLog(before: KioskState, after state: inout KioskState) -> [Effect] {
        guard before.caption == nil, state.caption == nil, let was = before.searchScreen else { return [] }
        var opened: (code: String, rank: Int)?
        if before.screen == .search, case .procedure(let position) = state.screen, state.stack.count == before.stack.count + 1 {
            let rank = was.results.firstIndex { $0.procedure == position }.map { $0 + 1 }
            opened = rank.map { (catalog.procedures[position].code.description, $0) }
        }
        let left = state.searchScreen == nil || (state.searchScreen?.query.isEmpty == true && !was.query.isEmpty)
        guard opened != nil || left, !was.query.isEmpty, was.query != before.searchTrail.loggedText,
              let kept = SearchPrivacy.kept(was.query) else { return [] }
        let ended = SearchEnded(query: kept, results: was.results.count, opened: opened?.code, rank: opened?.rank,
                                previous: before.searchTrail.previous)
        // A visit that ended with it (the idle reset) leaves the next citizen nothing to follow.
        if state.visit == before.visit {
            state.searchTrail = SearchTrail(previous: kept, loggedText: opened == nil ? nil : was.query)
        }
        return [.logSearch(ended)]
    }
}
