import KioskConfiguration

/// Leaving the kiosk: the exit chord, then the staff PIN (`StaffPINScreen`) when one is set and lockdown is
/// on. Wrong PINs are counted in var/ across chords, the idle reset and restarts (`StaffExitPolicy`); while
/// they close the chord, it does nothing at all, so a stranger learns nothing from trying it.
extension KioskApp {
    func staffExit(_ state: inout KioskState) -> [Effect] {
        guard lockdown, staffPINHash != nil else { return [.quit] }
        return state.screen == .staffPIN ? [] : [.checkStaffExit]
    }

    /// The record as it is on disk now: the PIN screen opens only if it lets the chord through.
    func staffExitChecked(_ failures: StaffPINFailures, _ state: inout KioskState) {
        state.staffFailures = failures
        guard staffExitPolicy.verdict(failures, at: state.now) == .open, state.screen != .staffPIN else { return }
        state.apply(.push(.staffPIN(StaffPINScreen())))
    }

    /// The record after a wrong PIN, as written (it may hold more than this kiosk counted).
    func staffPINRecorded(_ failures: StaffPINFailures, _ state: inout KioskState) {
        state.staffFailures = failures
        closePINScreenUnlessOpen(&state)
    }

    private func closePINScreenUnlessOpen(_ state: inout KioskState) {
        if state.screen == .staffPIN, staffExitPolicy.verdict(state.staffFailures, at: state.now) != .open {
            state.apply(.home)
        }
    }
}
