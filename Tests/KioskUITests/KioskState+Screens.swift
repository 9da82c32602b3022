import CaseTracking
import ProcedureCatalog
@testable import KioskUI

/// What tests read of the screens on the stack: each value lives in its screen, and is gone with it.
extension KioskState {
    private var screens: [AnyScreen] { stack }

    var query: String {
        for case .search(let search) in screens { return search.query }
        return ""
    }

    var results: [SearchHit] {
        for case .search(let search) in screens { return search.results }
        return []
    }

    var receiptInput: String {
        for case .caseEntry(let entry) in screens { return entry.input.text }
        return ""
    }

    var receipt: ReceiptNumber? {
        for case .caseFactor(let factor) in screens { return factor.receipt }
        return nil
    }

    var factorInput: String {
        for case .caseFactor(let factor) in screens { return factor.digits.text }
        return ""
    }

    var caseRecord: CaseRecord? {
        for case .caseResult(let result) in screens { return result.record }
        return nil
    }

    var pinInput: String {
        for case .staffPIN(let screen) in screens { return screen.pin.text }
        return ""
    }

    /// The message of the screen shown (a case look-up screen or the staff PIN).
    var caseMessage: CaseMessage? {
        switch top {
        case .caseEntry(let entry): entry.message
        case .caseFactor(let factor): factor.message
        case .staffPIN(let screen): screen.message
        default: nil
        }
    }
}

extension KioskState {
    /// The pages of the list shown, as the screen lays them out; nil when the screen is no list.
    func listLayout(_ app: KioskApp) -> ListLayout? {
        let context = ScreenContext(app: app, state: self)
        guard let listing = top.feature as? any ListingScreen else { return nil }
        return listing.listLayout(listing.items(context), context)
    }

    /// How far the text shown scrolls (0 on a screen without one).
    func maxScroll(_ app: KioskApp) -> Int {
        (top.feature as? any DocumentScreen)?.maxScroll(ScreenContext(app: app, state: self)) ?? 0
    }
}

extension Session {
    /// The name of the row selected on the browse screen shown, in the session's language.
    var browseSelection: String? {
        guard case .browse(let browse) = state.stack.last else { return nil }
        let groups = app.browseGroups(browse.tab, language: state.language)
        return groups.indices.contains(browse.selected) ? groups[browse.selected].name[state.language] : nil
    }
}
