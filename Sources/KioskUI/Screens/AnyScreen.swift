import CaseTracking

/// The one place that lists the kiosk's screens: a screen on the stack is one of these, each holding its own
/// state. Adding a screen means a case here and in `Screen`, and a line in `feature` and `page`; the new
/// screen's `wrapped` names its case.
enum AnyScreen: Equatable, Sendable {
    case home(HomeScreen)
    case browse(BrowseScreen)
    case list(ListScreen)
    case search(SearchScreen)
    case procedure(ProcedureScreen)
    case caseEntry(CaseEntryScreen)
    case caseFactor(CaseFactorScreen)
    case caseResult(CaseResultScreen)
    case staffPIN(StaffPINScreen)

    /// The screen inside, to ask what it shows or does.
    var feature: any KioskScreen {
        switch self {
        case .home(let screen): screen
        case .browse(let screen): screen
        case .list(let screen): screen
        case .search(let screen): screen
        case .procedure(let screen): screen
        case .caseEntry(let screen): screen
        case .caseFactor(let screen): screen
        case .caseResult(let screen): screen
        case .staffPIN(let screen): screen
        }
    }

    var id: Screen { feature.id }

    /// Which screen, and where the citizen is on it (for tests and the catalog reload).
    var page: Page {
        switch self {
        case .home(let screen): Page(screen.id, selected: screen.selected)
        case .browse(let screen): Page(screen.id, selected: screen.selected)
        case .list(let screen): Page(screen.id, selected: screen.selected)
        case .search(let screen): Page(screen.id, selected: screen.selected)
        case .procedure(let screen): Page(screen.id, scroll: screen.scroll)
        case .caseEntry(let screen): Page(screen.id)
        case .caseFactor(let screen): Page(screen.id)
        case .caseResult(let screen): Page(screen.id, scroll: screen.scroll)
        case .staffPIN(let screen): Page(screen.id)
        }
    }

    /// Changes the screen inside through its own methods.
    mutating func update<Result>(_ body: (inout any KioskScreen) -> Result) -> Result {
        var screen = feature
        let result = body(&screen)
        self = screen.wrapped
        return result
    }
}
