import CaseTracking
import DemoTours
import Foundation
import ProcedureCatalog

/// Plays a tour on the real state machine: each step's events go through `update` exactly as a citizen's
/// would. Staff drive it (Space, → or a touch: next; ←, Backspace: back, replaying from the start; P: pause or
/// play at `pace`; Esc: leave); in the attract loop any input hands the kiosk over, cleared, to the citizen.
public struct TourDriver: Sendable {
    /// Applies an event the way the run loop does (update, then the effects' answers).
    public typealias Apply = (KioskEvent, inout KioskState) -> Void

    public enum Handling: Equatable, Sendable {
        case consumed
        /// The tour is over: the kiosk is home, cleared, for the citizen.
        case leave
    }

    public let tour: Tour
    /// Demo cases by key: receipt number and the owner's last 4 ID digits.
    public let cases: [String: (receipt: String, last4: String)]
    public let attract: Bool
    public let pace: TimeInterval
    /// The last step played; -1 before the first.
    public private(set) var step = -1
    public private(set) var auto: Bool
    private var lastAdvance: Date
    private let startLanguage: Language

    public init(tour: Tour, cases: [String: (receipt: String, last4: String)], attract: Bool, pace: TimeInterval,
                state: inout KioskState, app: KioskApp) {
        self.tour = tour
        self.cases = cases
        self.attract = attract
        self.pace = pace
        auto = attract
        lastAdvance = state.now
        startLanguage = state.language
        state = app.initialState(language: startLanguage, size: state.size, now: state.now)
        showCaption(&state)
    }

    /// Staff input drives the tour; the clock advances it when playing.
    public mutating func handle(_ event: KioskEvent, _ state: inout KioskState, app: KioskApp, apply: Apply) -> Handling {
        if case .tick(let now) = event {
            state.now = now
            if auto && now.timeIntervalSince(lastAdvance) >= pace { advance(&state, app: app, apply: apply) }
            return .consumed
        }
        if case .resize(let size) = event {
            state.size = size
            return .consumed
        }
        if attract && event.isCitizenInput { return leave(&state, app: app) }
        switch event {
        case .key(.character(" ")), .key(.right), .key(.enter), .click:
            next(&state, app: app, apply: apply)
        case .key(.left), .key(.backspace):
            previous(&state, app: app, apply: apply)
        case .key(.character("p")), .key(.character("P")):
            auto.toggle()
            lastAdvance = state.now
            showCaption(&state)
        case .key(.escape):
            return leave(&state, app: app)
        default:
            break
        }
        return .consumed
    }

    public mutating func next(_ state: inout KioskState, app: KioskApp, apply: Apply) {
        guard step + 1 < tour.steps.count else { return }
        step += 1
        play(tour.steps[step], &state, app: app, apply: apply)
        lastAdvance = state.now
        showCaption(&state)
    }

    /// Back one step: the kiosk is rebuilt from the start, replaying every step before.
    public mutating func previous(_ state: inout KioskState, app: KioskApp, apply: Apply) {
        guard step >= 0 else { return }
        let target = step - 1
        state = app.initialState(language: startLanguage, size: state.size, now: state.now)
        step = -1
        while step < target {
            step += 1
            play(tour.steps[step], &state, app: app, apply: apply)
        }
        lastAdvance = state.now
        showCaption(&state)
    }

    private mutating func advance(_ state: inout KioskState, app: KioskApp, apply: Apply) {
        if step + 1 < tour.steps.count {
            next(&state, app: app, apply: apply)
        } else if attract {  // the loop starts over
            state = app.initialState(language: startLanguage, size: state.size, now: state.now)
            step = -1
            next(&state, app: app, apply: apply)
        } else {
            auto = false
            showCaption(&state)
        }
    }

    private func leave(_ state: inout KioskState, app: KioskApp) -> Handling {
        state = app.initialState(language: app.defaultLanguage, size: state.size, now: state.now)
        return .leave
    }

    private func showCaption(_ state: inout KioskState) {
        let text = step >= 0 ? tour.steps[step].caption : tour.title
        state.caption = DemoCaption(text: text, step: step + 1, count: tour.steps.count, auto: auto, attract: attract)
    }

    /// A step's events, turned into what a citizen's keys and touches would produce on the screen now.
    private func play(_ step: TourStep, _ state: inout KioskState, app: KioskApp, apply: Apply) {
        for event in step.events {
            for kioskEvent in events(for: event, state, app: app) { apply(kioskEvent, &state) }
            // Keypad taps depend on the screen after each one: resolved one at a time.
            switch event {
            case .keypadReceipt(let key):
                if let receipt = cases[key]?.receipt { tapKeys(receipt, &state, app: app, apply: apply) }
            case .keypadID(let key):
                if let digits = cases[key]?.last4 { tapKeys(digits, &state, app: app, apply: apply) }
            default:
                break
            }
        }
    }

    private func events(for event: TourEvent, _ state: KioskState, app: KioskApp) -> [KioskEvent] {
        switch event {
        case .type(let text):
            return text.map { .key(.character($0)) }
        case .key(let name):
            return [.key(Self.key(name))]
        case .tap(let text):
            return Self.position(of: text[state.language], in: app.view(state)).map { [.click(x: $0.x, y: $0.y)] } ?? []
        case .open(let code):
            return [.key(.home)] + code.map { .key(.character($0)) } + [.key(.enter)]
        case .scan(let key):
            return cases[key].map { [.scan($0.receipt)] } ?? []
        case .language(let language):
            return state.language == language ? [] : [.key(.function(2))]
        case .keypadReceipt, .keypadID:
            return []
        }
    }

    /// Touches the keypad key of each character, then OK, through the frame's tap regions.
    private func tapKeys(_ text: String, _ state: inout KioskState, app: KioskApp, apply: Apply) {
        for character in text + "✓" {
            let frame = app.view(state)
            let region = frame.taps.first { region in
                switch region.action {
                case .keypad(.character(let c)): c == character
                case .keypad(.ok): character == "✓"
                default: false
                }
            }
            guard let region else { continue }
            apply(.click(x: region.rect.x + region.rect.width / 2, y: region.rect.y + region.rect.height / 2), &state)
        }
    }

    static func key(_ name: TourKey) -> Key {
        switch name {
        case .enter: .enter
        case .escape: .escape
        case .backspace: .backspace
        case .tab: .tab
        case .backtab: .backTab
        case .up: .up
        case .down: .down
        case .left: .left
        case .right: .right
        case .pageup: .pageUp
        case .pagedown: .pageDown
        case .home: .home
        case .space: .character(" ")
        case .f1: .function(1)
        case .f2: .function(2)
        }
    }

    /// The middle of the first place on screen showing `text`.
    static func position(of text: String, in frame: Frame) -> (x: Int, y: Int)? {
        frame.position(of: text).map { ($0.x + DisplayWidth.of(text) / 2, $0.y) }
    }
}
