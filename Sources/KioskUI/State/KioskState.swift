import Foundation
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

    public init(language: Language, size: Size, now: Date) {
        self.language = language
        self.size = size
        self.now = now
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
    }

    mutating func goHome() {
        pages = [Page(.home)]
    }

    /// Replaces the top page (switching browse tabs is not a step Back should undo).
    mutating func replace(_ screen: Screen) {
        page = Page(screen)
    }
}
