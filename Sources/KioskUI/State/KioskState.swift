import CaseTracking
import Foundation
import KioskConfiguration
import ProcedureCatalog

/// Everything the kiosk shows, changed only by `KioskApp.update`: the stack of screens, each with its own
/// state, and what belongs to the kiosk rather than to a screen (language, size, clock, the staff exit).
public struct KioskState: Equatable, Sendable {
    /// The screens, home at the bottom, the one shown on top. Leaving a screen drops its value, and with it
    /// whatever the citizen typed or saw there.
    private(set) var stack: [AnyScreen] = [.home(HomeScreen())]
    public var language: Language
    public var size: Size
    public var now: Date
    /// How many keys of the staff exit chord have been pressed in a row.
    var chordProgress = 0
    /// The wrong staff PINs on record (kept in var/ by the run loop): not a citizen's, so the idle reset keeps
    /// them.
    public internal(set) var staffFailures: StaffPINFailures
    /// Whether this citizen has given a quick rating: one each, until the idle reset.
    var quickRated = false
    /// Whether the kiosk speaks its screens (a citizen turned it on; the idle reset turns it off).
    public internal(set) var speaking = false
    /// The citizen's voice while speaking: help mode, volume and rate (nil: the kiosk's), what was said last.
    public internal(set) var voice = CitizenVoice()
    /// The guided tour's caption band, while a tour plays.
    public var caption: DemoCaption?
    /// When the citizen last touched or typed: the idle reset counts from here.
    public var lastActivity: Date
    /// This visit's searches, for the search log.
    var searchTrail = SearchTrail()
    /// Counts the idle resets: what ends with a visit (a search) tells the next one nothing.
    var visit = 0

    public init(language: Language, size: Size, now: Date, staffFailures: StaffPINFailures = StaffPINFailures()) {
        self.language = language
        self.size = size
        self.now = now
        self.staffFailures = staffFailures
        lastActivity = now
    }

    /// The screen shown.
    public var screen: Screen { top.id }
    /// Every screen on the stack, with where the citizen is on it.
    public var pages: [Page] { stack.map(\.page) }
    public var page: Page { top.page }

    var top: AnyScreen { stack[stack.count - 1] }

    /// Changes the screen shown through its own methods.
    mutating func updateTop<Result>(_ body: (inout any KioskScreen) -> Result) -> Result {
        stack[stack.count - 1].update(body)
    }

    mutating func apply(_ navigation: Navigation) {
        switch navigation {
        case .push(let screen): stack.append(screen)
        case .pop: if stack.count > 1 { stack.removeLast() }
        case .home: stack = [.home(HomeScreen())]
        case .stack(let screens): stack = [.home(HomeScreen())] + screens
        }
    }

    /// The search screen on the stack, if any.
    var searchScreen: SearchScreen? {
        for case .search(let search) in stack { return search }
        return nil
    }

    /// The search on the stack, if any: what was typed and whether it found anything (for the usage counts).
    var openSearch: (query: String, found: Bool)? {
        searchScreen.map { ($0.query, !$0.results.isEmpty) }
    }
}
