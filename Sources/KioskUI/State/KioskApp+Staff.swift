import KioskConfiguration

/// Leaving the kiosk: the exit chord, then the staff PIN when one is set and lockdown is on. Wrong PINs are
/// counted in var/ across chords, the idle reset and restarts (`StaffExitPolicy`); while they close the chord,
/// it does nothing at all, so a stranger learns nothing from trying it.
extension KioskApp {
    func staffExit(_ state: inout KioskState) -> [Effect] {
        guard lockdown, staffPINHash != nil else { return [.quit] }
        return state.screen == .staffPIN ? [] : [.checkStaffExit]
    }

    /// The record as it is on disk now: the PIN screen opens only if it lets the chord through.
    func staffExitChecked(_ failures: StaffPINFailures, _ state: inout KioskState) {
        state.staffFailures = failures
        guard staffExitPolicy.verdict(failures, at: state.now) == .open, state.screen != .staffPIN else { return }
        state.push(.staffPIN)
        state.caseMessage = nil
    }

    func checkStaffPIN(_ state: inout KioskState) -> [Effect] {
        guard let hash = staffPINHash else { return [.quit] }
        let pin = state.pinInput
        state.pinInput = ""
        guard staffExitPolicy.verdict(state.staffFailures, at: state.now) == .open else {
            state.goHome()
            return []
        }
        if StaffPIN.matches(pin, hash: hash) { return [.staffPINAccepted, .quit] }
        // Counted here at once, so that nothing typed before the record's answer gets another try.
        state.staffFailures = staffExitPolicy.failing(state.staffFailures, at: state.now)
        closePINScreenUnlessOpen(&state)
        if state.screen == .staffPIN { state.caseMessage = .wrongPIN }
        return [.recordWrongStaffPIN(at: state.now)]
    }

    /// The record after a wrong PIN, as written (it may hold more than this kiosk counted).
    func staffPINRecorded(_ failures: StaffPINFailures, _ state: inout KioskState) {
        state.staffFailures = failures
        closePINScreenUnlessOpen(&state)
    }

    private func closePINScreenUnlessOpen(_ state: inout KioskState) {
        if state.screen == .staffPIN, staffExitPolicy.verdict(state.staffFailures, at: state.now) != .open {
            state.goHome()
        }
    }
}
