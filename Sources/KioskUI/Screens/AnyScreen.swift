import CaseTracking

/// The one place that lists the kiosk's screens: a screen on the stack is one of these, each holding its own
/// state. Adding a screen means, in this file, a case here and in `Screen`, and a line in `feature`, `page`
/// and `init(opening:)`; the new screen's `wrapped` names its case. Every switch is exhaustive, so the
/// compiler lists what is left.
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
    case about(AboutScreen)
    case quickRating(QuickRatingScreen)
    case ratingComplaints(RatingComplaintsScreen)
    case ratingAgency(RatingAgencyScreen)
    case ratingThanks(RatingThanksScreen)
    case rateStart(RateStartScreen)
    case caseRating(CaseRatingScreen)
    case staffMenu(StaffScreen)
    case staffUnlock(StaffUnlockScreen)
    case phone(PhoneScreen)
    case queue(QueueScreen)
    case ticket(TicketScreen)
    case printChannel(PrintChannelScreen)
    case priority(PriorityScreen)
    case booking(BookingScreen)

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
        case .about(let screen): screen
        case .quickRating(let screen): screen
        case .ratingComplaints(let screen): screen
        case .ratingAgency(let screen): screen
        case .ratingThanks(let screen): screen
        case .rateStart(let screen): screen
        case .caseRating(let screen): screen
        case .staffMenu(let screen): screen
        case .staffUnlock(let screen): screen
        case .phone(let screen): screen
        case .queue(let screen): screen
        case .ticket(let screen): screen
        case .printChannel(let screen): screen
        case .priority(let screen): screen
        case .booking(let screen): screen
        }
    }

    var id: Screen { feature.id }

    /// A screen opened afresh by its identity (`Action.show`), or nil for those that need what another screen
    /// found (the ID digits need a receipt number, a case its record, the PIN the exit chord).
    init?(opening id: Screen) {
        switch id {
        case .home: self = .home(HomeScreen())
        case .browse(let tab): self = .browse(BrowseScreen(tab))
        case .group(let group): self = .list(ListScreen(.group(group)))
        case .featured: self = .list(ListScreen(.featured))
        case .search: self = .search(SearchScreen())
        case .procedure(let position): self = .procedure(ProcedureScreen(position: position))
        case .caseEntry: self = .caseEntry(CaseEntryScreen())
        case .about: self = .about(AboutScreen())
        case .quickRating: self = .quickRating(QuickRatingScreen())
        case .rateStart: self = .rateStart(RateStartScreen())
        case .queue: self = .queue(QueueScreen())
        case .booking: self = .booking(BookingScreen())
        case .caseFactor, .caseResult, .staffPIN, .ratingComplaints, .ratingAgency, .ratingThanks, .caseRating, .staffMenu,
             .staffUnlock, .phone, .ticket, .printChannel, .priority: return nil
        }
    }

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
        case .about(let screen): Page(screen.id, scroll: screen.scroll)
        case .quickRating(let screen): Page(screen.id, selected: screen.selected)
        case .ratingComplaints(let screen): Page(screen.id, selected: screen.selected)
        case .ratingAgency(let screen): Page(screen.id, selected: screen.selected)
        case .ratingThanks(let screen): Page(screen.id)
        case .rateStart(let screen): Page(screen.id, selected: screen.selected)
        case .caseRating(let screen): Page(screen.id, selected: screen.selected)
        case .staffMenu(let screen): Page(screen.id, selected: screen.selected)
        case .staffUnlock(let screen): Page(screen.id)
        case .phone(let screen): Page(screen.id)
        case .queue(let screen): Page(screen.id, selected: screen.selected)
        case .ticket(let screen): Page(screen.id)
        case .printChannel(let screen): Page(screen.id, selected: screen.selected)
        case .priority(let screen): Page(screen.id, selected: screen.selected)
        case .booking(let screen): Page(screen.id)
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

/// Which screen a page of the kiosk shows.
public enum Screen: Equatable, Sendable {
    case home
    /// The fields, agencies or levels to browse by.
    case browse(BrowseTab)
    /// The procedures of one field, agency or level.
    case group(ProcedureGroup)
    /// The procedures the center marks as most asked for.
    case featured
    case search
    /// One procedure, by its position in the catalog.
    case procedure(Int)
    /// Typing the receipt number (keypad or keyboard or scanner).
    case caseEntry
    /// Typing the last 4 digits of the owner's ID number.
    case caseFactor
    /// The case found.
    case caseResult
    /// Staff type the PIN after the exit chord.
    case staffPIN
    /// Who runs the kiosk, how to reach them, what it keeps, which software.
    case about
    /// A quick rating: one question, three answers.
    case quickRating
    /// What went wrong, after a Không hài lòng.
    case ratingComplaints
    /// The agency the citizen dealt with (optional).
    case ratingAgency
    /// Thanks, then home.
    case ratingThanks
    /// Rate by receipt number, or quickly.
    case rateStart
    /// A case's rating on the national form, one question a screen.
    case caseRating
    /// Staff, after the chord and the PIN: leave, the ratings' summary, unlock a receipt number.
    case staffMenu
    /// Staff lift a receipt number's look-up lock.
    case staffUnlock
    /// A QR code to continue on a phone: a procedure's online service or page, a case's follow-up page.
    case phone
    /// The center's queues, to take a number in one.
    case queue
    /// A queue number just issued.
    case ticket
    /// The way of submitting a checklist is printed for.
    case printChannel
    /// Whether the citizen belongs to a group served first, before a walk-in number.
    case priority
    /// A booking's code, to check it in.
    case booking
}

/// The three ways to browse the catalog.
public enum BrowseTab: Int, CaseIterable, Sendable {
    case field, agency, level
}

/// A set of procedures a citizen browses to.
public enum ProcedureGroup: Equatable, Sendable {
    case field(String)
    case agency(String)
    case level(String)
}

extension Screen {
    /// Whether opening it starts a new errand from home (the case look-up, from any screen, as a scanned
    /// number does), rather than a step on from the screen shown.
    var startsOver: Bool { self == .caseEntry }
}
