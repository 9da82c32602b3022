import CaseTracking
import Foundation
import KioskConfiguration
import ProcedureCatalog

/// One screen of the kiosk, as a feature: its own state (this value), the keys it understands, what it does
/// with an action, what it draws between the navigation bar and the footer, its title and its footer hints.
/// The app keeps a stack of them (`KioskState.stack`); leaving a screen drops its value and everything the
/// citizen typed or saw there with it. The shape follows htop's panels (each brings its event handler and
/// function bar to the screen manager) and bubbletea's models (update returns what to do next).
///
/// A new screen is a new file with a type conforming to this protocol, its strings, and a case in
/// `AnyScreen` (the one place that lists the screens); the compiler then points at what is left to do.
protocol KioskScreen: Equatable, Sendable {
    /// Which screen this is, for tests, usage counts and the tour.
    var id: Screen { get }
    /// This screen as the stack holds it (its case of `AnyScreen`).
    var wrapped: AnyScreen { get }
    /// The title on the left of the navigation bar.
    func title(_ context: ScreenContext) -> String
    /// The footer: this screen's keys (the common ones follow: `Hint.common`).
    func hints(_ context: ScreenContext) -> [Hint]
    /// What a key means here. F1 (home), F2 (language) and Esc (back) mean the same everywhere and never
    /// reach a screen.
    func action(for key: Key, _ context: ScreenContext) -> Action?
    /// Does an action of this screen; nil when it is not one (the app then handles it: moving to another
    /// screen, the language, Back and Home).
    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition?
    /// Draws the body with its tap regions.
    func draw(_ canvas: inout Canvas, _ context: ScreenContext)
    /// The answer to what this screen asked of the outside world (a look-up, a store's records).
    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition
    /// This screen for a new catalog (after a reload), or nil when what it shows is gone.
    func carried(from old: KioskApp, to new: KioskApp) -> Self?
    /// Lines one wheel step scrolls.
    var wheelLines: Int { get }
    /// Whether the navigation bar offers Back and Home (not on home itself: there is nowhere to go).
    var offersBack: Bool { get }
    /// Whether the screen takes every row but the footer (no header, no navigation bar: it draws its own Back
    /// and Home), for what does not fit in the body, a QR code on a small terminal.
    func usesWholeScreen(_ context: ScreenContext) -> Bool
    /// Whether the screen has been shown long enough and the kiosk goes home by itself (a thanks screen).
    func expired(at now: Date) -> Bool
    /// What the screen holds, said in short when it opens with speech on (after its title): from the same state
    /// as its drawing. Numbers may be written as digits: `SpokenText` makes them words. Every screen says
    /// something: there is no default.
    func spoken(_ context: ScreenContext) -> String
    /// What the citizen's keys change on this screen, a part each: the item selected, what was typed, a message,
    /// the line read. A part that was not there before a key is said after it (and after the screen's words
    /// when it opens).
    func spokenFocus(_ context: ScreenContext) -> [String]
}

extension KioskScreen {
    func received(_ answer: Answer, _ context: ScreenContext) -> Transition { .stay }
    func carried(from old: KioskApp, to new: KioskApp) -> Self? { self }
    var wheelLines: Int { 1 }
    var offersBack: Bool { true }
    func usesWholeScreen(_ context: ScreenContext) -> Bool { false }
    func expired(at now: Date) -> Bool { false }
    func spokenFocus(_ context: ScreenContext) -> [String] { [] }
}

/// What a screen sees of the kiosk while it handles input or draws.
struct ScreenContext {
    let app: KioskApp
    let language: Language
    let now: Date
    let layout: ScreenLayout
    /// The wrong staff PINs on record: kiosk-wide, not the screen's (the staff PIN screen adds to it).
    var staffFailures: StaffPINFailures
    /// Whether this citizen has given a quick rating (until the idle reset).
    var quickRated: Bool
    /// Whether the kiosk reads the screen aloud (a text is then read a paragraph at a time).
    let speaking: Bool

    init(app: KioskApp, state: KioskState) {
        self.app = app
        language = state.language
        now = state.now
        layout = ScreenLayout(state.size)
        staffFailures = state.staffFailures
        quickRated = state.quickRated
        speaking = state.speaking
    }
}
