import CaseTracking
import Foundation
import KioskConfiguration
import ProcedureCatalog

/// Everything the kiosk's screens show, changed only by `KioskApp.update`.
public struct KioskState: Equatable, Sendable {
    /// The navigation stack; never empty, home at the bottom.
    public private(set) var pages: [Page] = [Page(.home)]
    public var language: Language
    public var size: Size
    public var now: Date
    /// What the citizen typed in the search field.
    public var query = ""
    /// The results of `query`, best first (computed on each keystroke).
    public var results: [SearchHit] = []
    /// How many keys of the staff exit chord have been pressed in a row.
    var chordProgress = 0
    /// The receipt number as typed, and the ID digits.
    public var receiptInput = ""
    public var factorInput = ""
    /// The receipt number accepted for the look-up.
    public var receipt: ReceiptNumber?
    /// What the case screens must tell the citizen (a wrong format, no such case, wait, unavailable).
    public var caseMessage: CaseMessage?
    /// The case found: kept only while its screen is on the stack, then dropped.
    public var caseRecord: CaseRecord?
    /// The staff PIN as typed.
    var pinInput = ""
    /// The wrong staff PINs on record (kept in var/ by the run loop): not a citizen's, so the idle reset keeps
    /// them.
    public internal(set) var staffFailures: StaffPINFailures
    /// The guided tour's caption band, while a tour plays.
    public var caption: DemoCaption?
    /// When the citizen last touched or typed: the idle reset counts from here.
    public var lastActivity: Date

    public init(language: Language, size: Size, now: Date, staffFailures: StaffPINFailures = StaffPINFailures()) {
        self.language = language
        self.size = size
        self.now = now
        self.staffFailures = staffFailures
        lastActivity = now
    }

    public var page: Page {
        get { pages[pages.count - 1] }
        set { pages[pages.count - 1] = newValue }
    }

    public var screen: Screen { page.screen }

    mutating func push(_ screen: Screen) {
        pages.append(Page(screen))
    }

    mutating func pop() {
        if pages.count > 1 { pages.removeLast() }
        forgetCaseUnlessShown()
    }

    /// Personal data lives only as long as the screen that shows it.
    mutating func forgetCaseUnlessShown() {
        // The ID digits go with the case: back from the result, they must be typed again.
        if !pages.contains(where: { $0.screen == .caseResult }) {
            caseRecord = nil
            factorInput = ""
        }
        if !pages.contains(where: { $0.screen == .staffPIN }) { pinInput = "" }
        if !pages.contains(where: { [.caseEntry, .caseFactor, .caseResult].contains($0.screen) }) {
            receiptInput = ""
            receipt = nil
            caseMessage = nil
        }
    }

    mutating func goHome() {
        pages = [Page(.home)]
        forgetCaseUnlessShown()
    }

    /// Restores where the citizen was on page `index` (after a catalog reload rebuilt the stack).
    mutating func setPage(_ index: Int, selected: Int, scroll: Int) {
        pages[index].selected = selected
        pages[index].scroll = scroll
    }

    /// Puts the case look-up on top of home (a scanned receipt number jumps there from any screen).
    mutating func replaceStack(_ screens: [Screen]) {
        pages = [Page(.home)] + screens.map(Page.init)
        forgetCaseUnlessShown()
    }

    /// Replaces the top page (switching browse tabs is not a step Back should undo).
    mutating func replace(_ screen: Screen) {
        page = Page(screen)
    }
}
