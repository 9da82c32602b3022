import CaseTracking
import Foundation

/// The idle reset: a kiosk left alone must not show the last citizen's search or case to the next one. After
/// `idleTimeout` without input a 10-second countdown asks "still there?"; then everything is cleared.
extension KioskApp {
    static let countdownSeconds = 10

    /// Seconds left on the "still there?" countdown, or nil when it is not showing. Nothing counts down on an
    /// untouched home screen: there is nothing to clear.
    public func idleCountdown(_ state: KioskState) -> Int? {
        guard !isPristine(state) else { return nil }
        let idle = state.now.timeIntervalSince(state.lastActivity)
        let timeout = state.speaking ? speechIdleTimeout : idleTimeout
        guard idle >= timeout else { return nil }
        return Self.countdownSeconds - Int((idle - timeout).rounded(.down))
    }

    /// Back to the first screen in the default language, with every input and case forgotten. Failed look-ups
    /// stay counted: they live in the case store, not on the screen (see `GuessPolicy`); so do wrong staff PINs.
    func resetForNextCitizen(_ state: inout KioskState) {
        let visit = state.visit
        state = KioskState(language: defaultLanguage, size: state.size, now: state.now,
                           staffFailures: state.staffFailures)
        state.visit = visit &+ 1
    }

    /// Nothing to clear: the state is what the idle reset leaves (home, default language, nothing typed, no
    /// rating given, no chord begun); only the clock, the screen's size, the staff exit's record and a tour's
    /// caption may differ. Anything else of a citizen's keeps the idle countdown running until it is cleared
    /// (and the attract loop from starting).
    public func isPristine(_ state: KioskState) -> Bool {
        var fresh = KioskState(language: defaultLanguage, size: state.size, now: state.now,
                               staffFailures: state.staffFailures)
        fresh.lastActivity = state.lastActivity
        fresh.caption = state.caption
        fresh.visit = state.visit
        return state == fresh
    }
}

extension KioskEvent {
    /// Whether a person did this (a key, a touch, the wheel, a scan), as opposed to the clock or the terminal.
    var isCitizenInput: Bool {
        switch self {
        case .key, .click, .wheel, .scan: true
        case .resize, .tick, .answered: false
        }
    }
}
